// The backup file format: an envelope around the records of one or more workbooks.
import { z } from 'zod';
import { isoDateTimeSchema } from './common';
import { tableSchemas, type TableName, type TableRecord } from './tables';

export const BACKUP_FORMAT = 'continuity-workbook-backup';
/** Bump when the shape of `data` changes, and add a step to BACKUP_MIGRATIONS in src/db/backup-migrations.ts. */
export const BACKUP_FORMAT_VERSION = 4;

const tableArrays = Object.fromEntries(
  Object.entries(tableSchemas).map(([name, schema]) => [name, z.array(schema).default([])]),
) as { [T in TableName]: z.ZodDefault<z.ZodArray<(typeof tableSchemas)[T]>> };

/** Tables missing from a file mean "none": later versions add tables without breaking old files. */
export const backupDataSchema = z.object(tableArrays);
export type BackupData = { [T in TableName]: TableRecord<T>[] };

export const backupEnvelopeSchema = z.object({
  format: z.literal(BACKUP_FORMAT),
  formatVersion: z.literal(BACKUP_FORMAT_VERSION),
  appVersion: z.string().max(50),
  exportedAt: isoDateTimeSchema,
  data: backupDataSchema,
});
export type BackupEnvelope = z.infer<typeof backupEnvelopeSchema>;

/** The envelope without its records: checked first, then the records one by one. */
const envelopeHeadSchema = backupEnvelopeSchema.omit({ data: true });

/** Records checked between two yields of checkBackupRecords: a few milliseconds of work. */
export const RECORDS_PER_SLICE = 1000;

export type RecordsCheck =
  { ok: true; envelope: BackupEnvelope } | { ok: false; paths: string[]; detail: string };

/**
 * Checks an envelope record by record (no deep recursion over the whole file, so no stack
 * overflow), stops at the first invalid record and names it. A generator: it yields the number
 * of records it checked after every RECORDS_PER_SLICE, so a caller can give the page back.
 */
export function* checkBackupRecords(
  raw: Record<string, unknown>,
  data: Record<string, unknown>,
): Generator<number, RecordsCheck> {
  const head = envelopeHeadSchema.safeParse(raw);
  if (!head.success) return problemOf(head.error.issues, []);
  const out: Record<string, unknown[]> = {};
  let inSlice = 0;
  for (const table of Object.keys(tableSchemas) as TableName[]) {
    const rows = Object.hasOwn(data, table) ? data[table] : undefined;
    if (rows === undefined) {
      out[table] = [];
      continue;
    }
    if (!Array.isArray(rows)) return { ok: false, paths: [`data.${table}`], detail: 'not a list' };
    const schema = tableSchemas[table];
    const parsed: unknown[] = new Array(rows.length);
    for (let i = 0; i < rows.length; i++) {
      const result = schema.safeParse(rows[i]);
      if (!result.success) return problemOf(result.error.issues, ['data', table, i]);
      parsed[i] = result.data;
      if (++inSlice === RECORDS_PER_SLICE) {
        yield inSlice;
        inSlice = 0;
      }
    }
    out[table] = parsed;
  }
  if (inSlice > 0) yield inSlice;
  return { ok: true, envelope: { ...head.data, data: out as BackupData } };
}

function problemOf(issues: readonly z.core.$ZodIssue[], prefix: (string | number)[]): RecordsCheck {
  const paths = issues.slice(0, 3).map((i) => [...prefix, ...i.path.map(String)].join('.'));
  return { ok: false, paths, detail: issues[0]?.message ?? 'invalid' };
}
