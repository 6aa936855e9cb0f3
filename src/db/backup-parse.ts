// Reading a backup file into a checked envelope, or one truthful reason why not: too large (in
// bytes, from File.size before reading), not JSON, cut off, another format, newer, invalid at a
// named path, inconsistent, encrypted (ask), wrong passphrase or damaged, or an error of the app.
import {
  BACKUP_FORMAT,
  BACKUP_FORMAT_VERSION,
  checkBackupRecords,
  type BackupData,
  type BackupEnvelope,
  type RecordsCheck,
} from '../domain/backup';
import { childTableNames } from '../domain/tables';
import { decryptBackupText, looksEncrypted } from '../lib/encrypted-backup';
import { migrateBackupData } from './backup-migrations';
import { repairReferences, type Repairs } from './backup-references';

/**
 * The size limit of a backup, documented in the README: a plain backup file (and the text inside
 * an encrypted one) above 50 MB (bytes, UTF-8) is refused before it is parsed, so memory stays
 * bounded. A real workbook is well under 1 MB.
 */
export const MAX_BACKUP_BYTES = 50 * 1024 * 1024;
/** An encrypted file carries its text in base64 (4/3 the size) plus a small header. */
export const MAX_ENCRYPTED_BACKUP_BYTES = Math.ceil((MAX_BACKUP_BYTES * 4) / 3) + 64 * 1024;
/** Far above any real workbook; keeps validation time bounded. */
export const MAX_RECORDS_PER_TABLE = 20_000;
/** Enough of a file's start to tell an encrypted backup from a plain one. */
const HEAD_BYTES = 2048;

/** No file above this is ever read, whatever it holds. */
export const isBackupFileTooLarge = (sizeBytes: number) => sizeBytes > MAX_ENCRYPTED_BACKUP_BYTES;

/** UTF-8 size of a string without encoding it; stops counting once above `stopAbove`. */
export function utf8ByteLength(text: string, stopAbove = Infinity): number {
  let bytes = 0;
  for (let i = 0; i < text.length && bytes <= stopAbove; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) bytes += 1;
    else if (c < 0x800) bytes += 2;
    else if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
      const next = text.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) {
        bytes += 4;
        i++;
      } else bytes += 3; // a lone surrogate is written as U+FFFD, 3 bytes
    } else bytes += 3;
  }
  return bytes;
}

const overLimit = (text: string, limit: number) =>
  text.length > limit || (text.length * 3 > limit && utf8ByteLength(text, limit) > limit);

export type BackupProblem =
  | { code: 'empty' }
  | { code: 'tooLarge'; limitBytes: number }
  | { code: 'notJson'; detail: string }
  | { code: 'truncated' }
  | { code: 'otherFormat' }
  | { code: 'newerVersion'; version: number }
  | { code: 'invalid'; paths: string[]; detail: string }
  | { code: 'inconsistent'; detail: string }
  /** An encrypted backup: ask for the passphrase. */
  | { code: 'encrypted' }
  | { code: 'wrongPassphraseOrDamaged' }
  /** The app itself failed while checking the file (a bug, or the browser ran out of memory). */
  | { code: 'internal'; detail: string };

export type ParsedBackup =
  { ok: true; envelope: BackupEnvelope; repairs: Repairs } | { ok: false; problem: BackupProblem };

const fail = (problem: BackupProblem): ParsedBackup => ({ ok: false, problem });
const internal = (error: unknown): ParsedBackup =>
  fail({ code: 'internal', detail: String((error as Error)?.message ?? error).slice(0, 300) });

/** Validates a whole backup file at once; never throws. Tests and the CLI use it. */
export function parseBackup(text: string): ParsedBackup {
  try {
    const steps = parseSteps(text);
    for (let step = steps.next(); ; step = steps.next()) if (step.done) return step.value;
  } catch (error) {
    return internal(error);
  }
}

/** The same check, giving the page back between slices of records (the import dialog uses it). */
export async function parseBackupInSlices(
  text: string,
  pause: () => Promise<void> = () => new Promise((resolve) => setTimeout(resolve, 0)),
): Promise<ParsedBackup> {
  try {
    const steps = parseSteps(text);
    for (let step = steps.next(); ; step = steps.next()) {
      if (step.done) return step.value;
      await pause();
    }
  } catch (error) {
    return internal(error);
  }
}

/** What a backup of this app begins with (formatted or compact). */
const OUR_FORMAT = new RegExp(`"format"\\s*:\\s*"${BACKUP_FORMAT}"`);

function* parseSteps(text: string): Generator<number, ParsedBackup> {
  if (overLimit(text, MAX_BACKUP_BYTES)) return fail({ code: 'tooLarge', limitBytes: MAX_BACKUP_BYTES });
  const trimmed = text.replace(/^\uFEFF/, '').trim();
  if (trimmed === '') return fail({ code: 'empty' });
  let raw: unknown;
  try {
    raw = JSON.parse(trimmed);
  } catch (error) {
    if (!(error instanceof SyntaxError)) throw error;
    // "Cut off" only when the start says it is one of our backups; `{` alone is just not JSON.
    const looksCut = /end of (JSON )?input|Unterminated|Unexpected end/i.test(error.message);
    if (looksCut && OUR_FORMAT.test(trimmed.slice(0, 200))) return fail({ code: 'truncated' });
    return fail({ code: 'notJson', detail: error.message });
  }
  if (!isPlainObject(raw) || raw.format !== BACKUP_FORMAT) return fail({ code: 'otherFormat' });
  const version = raw.formatVersion;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    return fail({ code: 'invalid', paths: ['formatVersion'], detail: 'formatVersion' });
  }
  if (version > BACKUP_FORMAT_VERSION) return fail({ code: 'newerVersion', version });
  if (!isPlainObject(raw.data)) return fail({ code: 'invalid', paths: ['data'], detail: 'data' });
  const tooMany = countRecords(raw.data);
  if (tooMany) return fail({ code: 'invalid', paths: [tooMany], detail: 'too many records' });
  const data = migrateBackupData(raw.data, version, BACKUP_FORMAT_VERSION);
  const checked: RecordsCheck = yield* checkBackupRecords(
    { ...raw, formatVersion: BACKUP_FORMAT_VERSION },
    data,
  );
  if (!checked.ok) return fail({ code: 'invalid', paths: checked.paths, detail: checked.detail });
  const inconsistency = findInconsistency(checked.envelope.data);
  if (inconsistency) return fail({ code: 'inconsistent', detail: inconsistency });
  const repaired = repairReferences(checked.envelope.data);
  return { ok: true, envelope: { ...checked.envelope, data: repaired.data }, repairs: repaired.repairs };
}

/**
 * Reads a backup text, plain or encrypted; never throws. An encrypted file without a passphrase
 * answers `encrypted` (ask for it); a wrong passphrase, a changed byte or a cut-off file all
 * answer `wrongPassphraseOrDamaged`; a failure of the app itself answers `internal`.
 */
export async function readBackupText(
  text: string,
  passphrase?: string,
  options?: { minIterations?: number },
): Promise<ParsedBackup> {
  try {
    if (!looksEncrypted(text)) return await parseBackupInSlices(text);
    if (overLimit(text, MAX_ENCRYPTED_BACKUP_BYTES))
      return fail({ code: 'tooLarge', limitBytes: MAX_BACKUP_BYTES });
    if (passphrase === undefined) return fail({ code: 'encrypted' });
    const decrypted = await decryptBackupText(text, passphrase, options);
    if (!decrypted.ok) return fail({ code: 'wrongPassphraseOrDamaged' });
    return await parseBackupInSlices(decrypted.text);
  } catch (error) {
    return internal(error);
  }
}

type FileLike = Pick<Blob, 'size' | 'slice' | 'text'>;

/**
 * Reads a chosen file. Its size (File.size, bytes) is checked before anything is read: a file
 * above the encrypted limit is never read; one above the plain limit is read only as far as its
 * first 2 KB, to see whether it is an encrypted backup (whose limit is larger).
 */
export async function readBackupFile(file: FileLike): Promise<{ parsed: ParsedBackup; text: string | null }> {
  const tooLarge = { parsed: fail({ code: 'tooLarge', limitBytes: MAX_BACKUP_BYTES }), text: null };
  try {
    if (isBackupFileTooLarge(file.size)) return tooLarge;
    const head = file.size > MAX_BACKUP_BYTES ? await file.slice(0, HEAD_BYTES).text() : null;
    if (head !== null && !looksEncrypted(head)) return tooLarge;
    const text = await file.text();
    return { parsed: await readBackupText(text), text };
  } catch (error) {
    return { parsed: internal(error), text: null };
  }
}

/** The path of the first table holding more records than allowed, if any. */
function countRecords(data: Record<string, unknown>): string | null {
  for (const [table, rows] of Object.entries(data)) {
    if (Array.isArray(rows) && rows.length > MAX_RECORDS_PER_TABLE) return `data.${table}`;
  }
  return null;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Duplicate ids, or records pointing at a workbook the file does not hold. */
function findInconsistency(data: BackupData): string | null {
  const workbookIds = new Set<string>();
  for (const w of data.workbooks) {
    if (workbookIds.has(w.id)) return `workbooks: duplicate id ${w.id}`;
    workbookIds.add(w.id);
  }
  for (const table of childTableNames) {
    const seen = new Set<string>();
    for (const r of data[table]) {
      if (seen.has(r.id)) return `${table}: duplicate id ${r.id}`;
      seen.add(r.id);
      if (!workbookIds.has(r.workbookId))
        return `${table}: record ${r.id} belongs to no workbook in the file`;
    }
  }
  return null;
}
