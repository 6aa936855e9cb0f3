// Saves a backup of one workbook (or all of them) as a JSON file.
import { downloadBlob } from '../../lib/download';
import { showToast } from '../../components/toast';
import { useT } from '../../i18n/use-i18n';
import { ProtectedExportButton } from './protected-export-dialog';

export function ExportBackupButton({ workbookId, title }: { workbookId?: string; title?: string }) {
  const t = useT();
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
      <ProtectedExportButton workbookId={workbookId} title={title} />
    </>
  );
}
