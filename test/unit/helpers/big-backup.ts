// Large generated backup texts for the limit tests and the parse bench: many records, valid or not.
import { BACKUP_FORMAT, BACKUP_FORMAT_VERSION } from '../../../src/domain/backup';
import { tableNames } from '../../../src/domain/tables';

const now = '2026-01-05T09:00:00.000Z';
const envelope = (data: Record<string, unknown[]>) =>
  JSON.stringify({
    format: BACKUP_FORMAT,
    formatVersion: BACKUP_FORMAT_VERSION,
    appVersion: '1',
    exportedAt: now,
    data,
  });

/** Every table full of records that are all invalid (`{"id":1}`). */
export const invalidEverywhere = (perTable: number) =>
  envelope(
    Object.fromEntries(tableNames.map((t) => [t, Array.from({ length: perTable }, () => ({ id: 1 }))])),
  );

/** One workbook and `count` valid dependencies, the very last one invalid. */
export function validThenOneBad(count: number) {
  const workbook = { id: 'w', title: 'Plan', createdAt: now, updatedAt: now };
  const dependencies = Array.from({ length: count }, (_, i) => ({
    id: `d${i}`,
    workbookId: 'w',
    area: 'systems',
    name: `Dependency ${i}`,
    createdAt: now,
    updatedAt: now,
  }));
  dependencies.push({ ...dependencies[0]!, id: 'bad', area: 'moon' });
  return envelope({ workbooks: [workbook], dependencies });
}
