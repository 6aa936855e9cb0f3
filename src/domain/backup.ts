// The backup file format: an envelope around the records of one or more workbooks.
import { z } from 'zod';
import { isoDateTimeSchema } from './common';
import { tableSchemas, type TableName, type TableRecord } from './tables';

export const BACKUP_FORMAT = 'continuity-workbook-backup';
/** Bump when the shape of `data` changes, and add a step to BACKUP_MIGRATIONS in src/db/backup-migrations.ts. */
export const BACKUP_FORMAT_VERSION = 1;

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
