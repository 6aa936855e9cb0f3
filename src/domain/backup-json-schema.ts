// The JSON Schema of the current backup format, generated from the zod schemas and published
// at /backup-format.schema.json (kept apart so the app's bundle does not carry the generator).
import { z } from 'zod';
import { BACKUP_FORMAT_VERSION, backupEnvelopeSchema } from './backup';

export function backupJsonSchema(): object {
  return {
    ...z.toJSONSchema(backupEnvelopeSchema, { io: 'input', unrepresentable: 'any' }),
    $id: 'backup-format.schema.json',
    title: 'Continuity Workbook backup',
    description: `Backup file of Continuity Workbook, format version ${BACKUP_FORMAT_VERSION}.`,
  };
}
