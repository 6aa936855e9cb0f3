// "Export a backup now" from a banner: every workbook, including edits the browser could not
// save yet (a full disk), so the file holds what is on screen. Loaded on click.
import { downloadBlob } from '../../lib/download';

/** Saves the file; answers its name and how many unsaved edits could not go in (invalid values). */
export async function exportEverythingNow(): Promise<{ file: string; missing: number }> {
  const { backupFile, noteBackupSaved } = await import('../../db/backup-export');
  const made = await backupFile();
  downloadBlob(made.blob, made.fileName);
  await noteBackupSaved(made);
  return { file: made.fileName, missing: made.missing.length };
}
