// Writes the JSON Schema of the backup format to public/backup-format.schema.json.
// A unit test fails when the committed file differs from what the zod schemas produce.
import { writeFileSync } from 'node:fs';
import { backupJsonSchema } from '../domain/backup-json-schema';

export const schemaText = () => `${JSON.stringify(backupJsonSchema(), null, 2)}\n`;

const target = new URL('../../public/backup-format.schema.json', import.meta.url);
writeFileSync(target, schemaText());
console.log(`Wrote ${target.pathname}`);
