// A version's content: the whole workbook (every child table in tables.ts, so a table added later
// is included with no code here) serialised to ONE string stored in one planVersions record.
// Reading it back passes every record through its schema, as a backup does.
import { childTableNames, tableSchemas, type ChildTableName, type WorkbookSnapshot } from './tables';

/** Tables a version does not hold: the versions themselves (a version never nests the others). */
const notInVersion: ReadonlySet<ChildTableName> = new Set(['planVersions']);
export const versionTables = childTableNames.filter((t) => !notInVersion.has(t));

/**
 * Document control, not plan content: changing who signs, who gets a copy or what calls for a
 * review does not make an approved plan a new draft.
 */
const controlTables: ReadonlySet<ChildTableName> = new Set([
  'planVersions',
  'approvers',
  'distributionList',
  'reviewTriggers',
]);
const workbookControlFields = new Set(['rev', 'updatedAt', 'status', 'lastReviewDate']);
const recordControlFields = new Set(['rev', 'updatedAt']);

type Row = Record<string, unknown> & { deletedAt?: unknown };

const live = (rows: readonly unknown[]) => (rows as Row[]).filter((r) => r.deletedAt == null);

/** The string a version stores: the live records of every table a version holds. */
export function serialiseVersion(snapshot: WorkbookSnapshot): string {
  const out: Record<string, unknown> = { workbook: snapshot.workbook };
  for (const table of versionTables) out[table] = live(snapshot[table]);
  return JSON.stringify(out);
}

/**
 * A version's content as a snapshot (no versions inside), or null when the string cannot be read.
 * Records that fail their schema are left out; tables missing from an older version are empty.
 */
export function parseVersion(serialised: string): WorkbookSnapshot | null {
  let raw: unknown;
  try {
    raw = JSON.parse(serialised);
  } catch {
    return null;
  }
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return null;
  const data = raw as Record<string, unknown>;
  const workbook = tableSchemas.workbooks.safeParse(data.workbook);
  if (!workbook.success) return null;
  const out: Record<string, unknown> = { workbook: workbook.data };
  for (const table of childTableNames) {
    const rows = notInVersion.has(table) ? [] : data[table];
    const schema = tableSchemas[table];
    out[table] = Array.isArray(rows)
      ? rows.flatMap((row) => {
          const parsed = schema.safeParse(row);
          return parsed.success ? [parsed.data] : [];
        })
      : [];
  }
  return out as WorkbookSnapshot;
}

const strip = (row: Row, fields: ReadonlySet<string>) =>
  Object.fromEntries(Object.entries(row).filter(([k]) => !fields.has(k)));

/**
 * The plan's content as one comparable string: live records by id, without the counters every
 * save moves (rev, updatedAt) and without document control. Equal strings = unedited.
 */
export function contentFingerprint(snapshot: WorkbookSnapshot): string {
  const parts: unknown[] = [strip(snapshot.workbook, workbookControlFields)];
  for (const table of childTableNames) {
    if (controlTables.has(table)) continue;
    const rows = live(snapshot[table])
      .map((r) => strip(r, recordControlFields))
      .sort((a, b) => String(a.id).localeCompare(String(b.id)));
    parts.push(table, rows);
  }
  return JSON.stringify(parts);
}
