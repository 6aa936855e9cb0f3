// The first screen's one query: the workbooks in this browser. Kept apart from workbooks.ts so the
// first screen loads only the workbook schema, not every table's.
import { workbookSchema, type Workbook } from '../domain/workbook';
import { getDb } from './db';

/** Workbooks not deleted, most recently changed first (unreadable rows are left out, untouched). */
export async function listWorkbooks(): Promise<Workbook[]> {
  const rows = await getDb().workbooks.toArray();
  const out: Workbook[] = [];
  for (const row of rows) {
    const parsed = workbookSchema.safeParse(row);
    if (parsed.success && parsed.data.deletedAt === null) out.push(parsed.data);
  }
  return out.sort((a, b) => b.updatedAt.localeCompare(a.updatedAt));
}
