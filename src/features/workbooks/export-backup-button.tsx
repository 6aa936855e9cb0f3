// Saves a backup of one workbook (or all of them) as a JSON file.
import { downloadBlob } from '../../lib/download';
import { showToast } from '../../components/toast';
import { loadCatalogues } from '../../i18n';
import { useT, type T } from '../../i18n/use-i18n';
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
  const [busy, setBusy] = useState(false);
  const [failed, setFailed] = useState<string | null>(null);
  const exportNow = async () => {
    // Loaded on click: the first screen shows this button but need not carry the backup code.
    const [{ backupFile, noteBackupSaved }] = await Promise.all([
      import('../../db/backup-export'),
      loadCatalogues(['backup']),
    ]);
    // The file holds what is on screen, unsaved edits included (a full disk).
    const made = await backupFile({ workbookIds: workbookId ? [workbookId] : undefined, title });
    downloadBlob(made.blob, made.fileName);
    await noteBackupSaved(made);
    showToast({ text: exportedMessage(t, made.fileName, made.missing.length) });
  };
  return (
    <>
      <button
        type="button"
        className="secondary"
        disabled={busy}
        onClick={() => {
          setBusy(true);
          setFailed(null);
          exportNow()
            .catch((e: unknown) => setFailed(String(e).slice(0, 200)))
            .finally(() => setBusy(false));
        }}
      >
        {workbookId ? t('workbooks.exportOne') : t('workbooks.exportAll')}
      </button>
      <button type="button" className="secondary" onClick={() => setProtecting(true)}>
        {t('workbooks.exportProtected')}
      </button>
      {failed !== null && (
        <p className="field-error" role="alert">
          {t('backup.exportFailed', { detail: failed })}
        </p>
      )}
      {protecting && (
        <Suspense fallback={null}>
          <ProtectedExportDialog workbookId={workbookId} title={title} onClose={() => setProtecting(false)} />
        </Suspense>
      )}
    </>
  );
}

/** "Backup saved", or which unsaved edits it could not hold. */
export const exportedMessage = (t: T, file: string, missing: number) =>
  missing > 0 ? t('backup.exportMissing', { file, count: missing }) : t('backup.exportDone', { file });
