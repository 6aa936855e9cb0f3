// Reads every row of every table, for "the database is exactly as it was" assertions.
import { getDb } from '../../../src/db/db';

export async function dumpDatabase(): Promise<string> {
  const db = getDb();
  const out: Record<string, unknown[]> = {};
  for (const table of db.tables) {
    out[table.name] = (await table.toArray()).sort((a, b) =>
      String((a as { id?: string; key?: string }).id ?? (a as { key?: string }).key).localeCompare(
        String((b as { id?: string; key?: string }).id ?? (b as { key?: string }).key),
      ),
    );
  }
  return JSON.stringify(out);
}
