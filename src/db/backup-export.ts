// Every "export a backup" button goes through here: what is on screen goes in the file (edits the
// browser could not save yet included), and only a complete file resets the backup reminder.
import type { BackupEnvelope } from '../domain/backup';
import { flushSaves, pendingPatches } from './autosave';
import { encryptBackupText } from '../lib/encrypted-backup';
import {
  backupFileName,
  exportBackupIncludingUnsaved,
  serializeBackup,
  serializeBackupParts,
  type PendingPatch,
} from './backup';
import { markBackupExported } from './meta';
import { listWorkbooks } from './workbook-list';

export type PreparedBackup = {
  envelope: BackupEnvelope;
  /** Unsaved edits of records in the file that could not be included (their value is invalid). */
  missing: PendingPatch[];
  /** Every workbook here and every unsaved edit is in the file: the reminder may be reset. */
  complete: boolean;
};

/**
 * Saves what can be saved, then builds the backup of `workbookIds` (all workbooks if none).
 * `readPending` is autosave's queue (a test may stand in for it).
 */
export async function prepareBackup(
  workbookIds?: string[],
  readPending: () => PendingPatch[] = pendingPatches,
): Promise<PreparedBackup> {
  // A failing save (a full disk) must not stop the export: its edits are still pending, and go in.
  await flushSaves().catch(() => undefined);
  const { envelope, missing } = await exportBackupIncludingUnsaved(readPending(), workbookIds);
  const inFile = new Set(envelope.data.workbooks.map((w) => w.id));
  const allHere = (await listWorkbooks()).every((w) => inFile.has(w.id));
  return { envelope, missing, complete: missing.length === 0 && allHere };
}

/**
 * After the file was handed to the browser: a complete backup resets the reminder. Recording it
 * may fail (a full disk); the file is saved all the same, so that failure is not the user's news.
 */
export async function noteBackupSaved(prepared: PreparedBackup): Promise<void> {
  if (prepared.complete) await markBackupExported().catch(() => undefined);
}

export type BackupFile = PreparedBackup & { blob: Blob; fileName: string };

/**
 * The file to hand to the browser: the prepared backup as JSON, or sealed with a passphrase.
 * Named after the workbook's title (or "all-workbooks").
 */
export async function backupFile(
  options: { workbookIds?: string[]; title?: string | null; passphrase?: string } = {},
): Promise<BackupFile> {
  const prepared = await prepareBackup(options.workbookIds);
  const plainName = backupFileName(options.title ?? null);
  if (options.passphrase === undefined) {
    // In parts, never as one string of the whole file (see serializeBackupParts).
    const blob = new Blob(serializeBackupParts(prepared.envelope), { type: 'application/json' });
    return { ...prepared, blob, fileName: plainName };
  }
  const sealed = await encryptBackupText(serializeBackup(prepared.envelope), options.passphrase);
  const fileName = plainName.replace(/\.json$/, '.encrypted.json');
  return { ...prepared, blob: new Blob([sealed], { type: 'application/json' }), fileName };
}
