// Backup export, and the one place callers import backup functions from. Import is two-phase:
// backup-parse.ts checks the whole file, backup-import.ts plans it (shown to the user) and applies
// it in one transaction; nothing is written before that. backup-export.ts adds unsaved edits.
import { BACKUP_FORMAT, BACKUP_FORMAT_VERSION, type BackupData, type BackupEnvelope } from '../domain/backup';
import { childTableNames, tableSchemas, type TableName, type WorkbookSnapshot } from '../domain/tables';
import { listWorkbooks, loadSnapshot } from './workbooks';
import { safeFileName } from '../lib/file-name';

export const APP_VERSION: string = typeof __APP_VERSION__ === 'string' ? __APP_VERSION__ : '0.0.0';

export async function exportBackup(workbookIds?: string[]): Promise<BackupEnvelope> {
  const ids = workbookIds ?? (await listWorkbooks()).map((w) => w.id);
  const snapshots = (await Promise.all(ids.map((id) => loadSnapshot(id)))).filter(
    (s): s is WorkbookSnapshot => s !== null,
  );
  const data = { workbooks: snapshots.map((s) => s.workbook) } as BackupData;
  for (const table of childTableNames) {
    (data as Record<string, unknown[]>)[table] = snapshots.flatMap((s) => s[table] as unknown[]);
  }
  return {
    format: BACKUP_FORMAT,
    formatVersion: BACKUP_FORMAT_VERSION,
    appVersion: APP_VERSION,
    exportedAt: new Date().toISOString(),
    data,
  };
}

export type PendingPatch = {
  table: TableName;
  id: string;
  patch: Record<string, unknown>;
  /** The fixed fields of a record the autosave makes on its first edit (a risk-area answer). */
  create?: Record<string, unknown>;
};

/**
 * A backup that also holds edits not yet written (e.g. the disk is full): each pending patch is
 * laid over its record if the result is still valid, so the file matches what is on screen.
 * `missing` lists the patches of records in the file that could not be laid over (invalid).
 */
export async function exportBackupIncludingUnsaved(
  pending: PendingPatch[],
  workbookIds?: string[],
): Promise<{ envelope: BackupEnvelope; missing: PendingPatch[] }> {
  const envelope = await exportBackup(workbookIds);
  const data = envelope.data as Record<TableName, { id: string }[]>;
  const missing: PendingPatch[] = [];
  const inFile = new Set(envelope.data.workbooks.map((w) => w.id));
  for (const p of pending) {
    const rows = data[p.table];
    const i = rows.findIndex((r) => r.id === p.id);
    if (i < 0) {
      // A record the autosave would make on its first edit (not stored yet): it goes in as made.
      const made = p.create ? recordToMake(p, envelope.exportedAt, inFile) : null;
      if (made?.success) rows.push(made.data);
      else if (made) missing.push(p);
      continue; // otherwise another workbook's record, or one deleted since: not part of this file
    }
    const merged = tableSchemas[p.table].safeParse({ ...rows[i], ...p.patch });
    if (merged.success) rows[i] = merged.data;
    else missing.push(p);
  }
  return { envelope, missing };
}

/** The record a first edit would make, if it belongs to a workbook in the file. */
function recordToMake(p: PendingPatch, at: string, workbooksInFile: Set<string>) {
  const fields = { ...p.create, ...p.patch };
  if (!workbooksInFile.has(fields.workbookId as string)) return null;
  return tableSchemas[p.table].safeParse({
    ...fields,
    id: p.id,
    createdAt: at,
    updatedAt: at,
    rev: 0,
    deletedAt: null,
  });
}

/** Compact JSON: a quarter smaller and faster to write and read than indented (any JSON viewer indents it). */
export const serializeBackup = (envelope: BackupEnvelope) => JSON.stringify(envelope);

/** Records gathered into one part of the file until it holds about this many characters. */
const PART_CHARS = 64 * 1024;

/**
 * The same characters as serializeBackup, in parts of about PART_CHARS (a large record, such as a
 * version's snapshot, is a part of its own), for `new Blob(parts)`. The whole file is never one
 * string: with 20 versions it is 4 to 5 million characters, and building that string and then
 * encoding it in one piece was most of an export's time and memory.
 */
export function serializeBackupParts(envelope: BackupEnvelope): string[] {
  const parts: string[] = [];
  let chunk: string[] = [];
  let chunkChars = 0;
  const put = (text: string) => {
    chunk.push(text);
    chunkChars += text.length;
    if (chunkChars >= PART_CHARS) {
      parts.push(chunk.join(''));
      chunk = [];
      chunkChars = 0;
    }
  };
  // The envelope's own fields and the tables in their order, as JSON.stringify writes them.
  put('{');
  written(envelope).forEach(([key, value], i) => {
    put(`${i > 0 ? ',' : ''}${JSON.stringify(key)}:`);
    if (key !== 'data') return put(JSON.stringify(value));
    put('{');
    written(value as Record<string, unknown[]>).forEach(([table, rows], j) => {
      put(`${j > 0 ? ',' : ''}${JSON.stringify(table)}:[`);
      // An array's undefined becomes null in JSON.stringify: the same here.
      rows.forEach((row, k) => put(`${k > 0 ? ',' : ''}${JSON.stringify(row) ?? 'null'}`));
      put(']');
    });
    put('}');
  });
  put('}');
  if (chunk.length > 0) parts.push(chunk.join(''));
  return parts;
}

/** The fields JSON.stringify writes: it leaves out undefined ones. */
const written = <V>(object: Record<string, V>) => Object.entries(object).filter(([, v]) => v !== undefined);

export function backupFileName(title: string | null, date = new Date()) {
  const day = date.toISOString().slice(0, 10);
  const base = title ? safeFileName(title) : 'all-workbooks';
  return `${base}-${day}.continuity-backup.json`;
}

export {
  MAX_BACKUP_BYTES,
  MAX_ENCRYPTED_BACKUP_BYTES,
  parseBackup,
  parseBackupInSlices,
  readBackupFile,
  readBackupText,
  utf8ByteLength,
  type BackupProblem,
  type ParsedBackup,
} from './backup-parse';
export { readBackupOffThread, warmBackupReader } from './backup-read';
export {
  applyImport,
  importBackup,
  planImport,
  undoImport,
  type ImportItem,
  type ImportMode,
} from './backup-import';
