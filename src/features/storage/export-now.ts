// "Export a backup now" from a banner: every workbook, including edits the browser could not
// save yet (a full disk), so the file holds what is on screen. Loaded on click.
import { downloadBlob } from '../../lib/download';

export async function exportEverythingNow(): Promise<string> {
  const [autosave, backup, meta] = await Promise.all([
    import('../../db/autosave'),
    import('../../db/backup'),
    import('../../db/meta'),
  ]);
  await autosave.flushSaves().catch(() => undefined);
  const envelope = await backup.exportBackupIncludingUnsaved(autosave.pendingPatches());
  const fileName = backup.backupFileName(null);
  downloadBlob(new Blob([backup.serializeBackup(envelope)], { type: 'application/json' }), fileName);
  await meta.markBackupExported().catch(() => undefined); // a full disk must not hide the download
  return fileName;
}
