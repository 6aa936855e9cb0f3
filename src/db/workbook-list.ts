// The first screen's one query: the workbooks in this browser. Kept apart from workbooks.ts so the
// first screen loads only the workbook schema, not every table's. The schema (and zod with it) is
// imported when the query runs, so it is fetched beside the first screen instead of inside it.
import type { Workbook } from '../domain/workbook';
import { getDb } from './db';

/** Workbooks not deleted, most recently changed first (unreadable rows are left out, untouched). */
export async function listWorkbooks(): Promise<Workbook[]> {
  const [rows, { workbookSchema }] = await Promise.all([
    getDb().workbooks.toArray(),
    import('../domain/workbook'),
  ]);
  const out: Workbook[] = [];
  for (const row of rows) {
    const parsed = workbookSchema.safeParse(row);
    if (parsed.success && parsed.data.deletedAt === null) out.push(parsed.data);
  }
  return out.sort((a, b) => b.updatedAt.localeCompare(a.updatedAt));
}
