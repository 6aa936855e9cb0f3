// Everything read from the database or a backup passes here: defaults filled, shape checked.
import { tableSchemas, type TableName, type TableRecord } from '../domain/tables';

export function restoreRecord<T extends TableName>(table: T, raw: unknown): TableRecord<T> | null {
  const result = tableSchemas[table].safeParse(raw);
  if (result.success) return result.data as TableRecord<T>;
  // Keep the stored row untouched; it is only left out of what the UI shows.
  console.warn(`Skipped an unreadable ${table} record`, result.error.issues[0]);
  return null;
}

export function restoreRecords<T extends TableName>(table: T, rows: unknown[]): TableRecord<T>[] {
  const out: TableRecord<T>[] = [];
  for (const row of rows) {
    const record = restoreRecord(table, row);
    if (record) out.push(record);
  }
  return out;
}
