// Saves a backup of one workbook (or all of them) as a JSON file.
import { downloadBlob } from '../../lib/download';
import { showToast } from '../../components/toast';
import { loadCatalogues } from '../../i18n';
import { useT } from '../../i18n/use-i18n';
import { lazy, Suspense, useState } from 'react';

// The passphrase dialog (and its messages) load on first use.
const ProtectedExportDialog = lazy(() =>
  Promise.all([import('./protected-export-dialog'), loadCatalogues(['backup'])]).then(([m]) => ({
    default: m.ProtectedExportDialog,
  })),
);

export function ExportBackupButton({ workbookId, title }: { workbookId?: string; title?: string }) {
  const t = useT();
  const [protecting, setProtecting] = useState(false);
  return (
    <>
      <button
        type="button"
        className="secondary"
        onClick={async () => {
          // Loaded on click: the first screen shows this button but need not carry the backup code.
          const [{ flushSaves }, { exportBackup, backupFileName, serializeBackup }, { markBackupExported }] =
            await Promise.all([
              import('../../db/autosave'),
              import('../../db/backup'),
              import('../../db/meta'),
              loadCatalogues(['backup']),
            ]);
          await flushSaves();
          const envelope = await exportBackup(workbookId ? [workbookId] : undefined);
          const fileName = backupFileName(title ?? null);
          downloadBlob(new Blob([serializeBackup(envelope)], { type: 'application/json' }), fileName);
          await markBackupExported();
          showToast({ text: t('backup.exportDone', { file: fileName }) });
        }}
      >
        {workbookId ? t('workbooks.exportOne') : t('workbooks.exportAll')}
      </button>
      <button type="button" className="secondary" onClick={() => setProtecting(true)}>
        {t('workbooks.exportProtected')}
      </button>
      {protecting && (
        <Suspense fallback={null}>
          <ProtectedExportDialog workbookId={workbookId} title={title} onClose={() => setProtecting(false)} />
        </Suspense>
      )}
    </>
  );
}
