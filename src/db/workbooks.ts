// Workbook lifecycle: create (with the default catalogue), duplicate, delete and undo, snapshot.
import { providerChannelKinds } from '../domain/communications';
import { defaultResponsibilityCatalogue } from '../domain/responsibility';
import { remapRecord, type IdMaps } from '../domain/relations';
import { childTableNames, type ChildTableName, type WorkbookSnapshot } from '../domain/tables';
import type { Workbook, WorkbookForm } from '../domain/workbook';
import type { Table } from 'dexie';
import { getDb } from './db';
import { noteChanges } from './meta';
import { buildRecord, listByWorkbook, newId, nowIso, softDeleteRecord, undeleteRecord } from './records';
import { restoreRecord } from './restore';

/** The records every new workbook starts with: the responsibility catalogue and the provider channels. */
export function seedRecords(workbookId: string) {
  return {
    responsibilities: defaultResponsibilityCatalogue.map((entry, i) =>
      buildRecord('responsibilities', {
        workbookId,
        order: i + 1,
        catalogueKey: entry.key,
        area: entry.area,
        owner: entry.owner,
        phase: entry.phase,
      }),
    ),
    providerChannels: providerChannelKinds.map((kind, i) =>
      buildRecord('providerChannels', {
        workbookId,
        order: i + 1,
        kind,
        fallbackOrder: null,
      }),
    ),
  };
}

export async function createWorkbook(input: Partial<WorkbookForm> & { title: string }): Promise<Workbook> {
  const db = getDb();
  const workbook = buildRecord('workbooks', input);
  const seed = seedRecords(workbook.id);
  await db.transaction('rw', [db.workbooks, db.responsibilities, db.providerChannels], async () => {
    await db.workbooks.add(workbook);
    await db.responsibilities.bulkAdd(seed.responsibilities);
    await db.providerChannels.bulkAdd(seed.providerChannels);
  });
  noteChanges(); // the backup reminder counts a new workbook
  return workbook;
}

export { listWorkbooks } from './workbook-list';

export const deleteWorkbook = (id: string) => softDeleteRecord('workbooks', id);
export const undoDeleteWorkbook = (id: string) => undeleteRecord('workbooks', id);

export async function loadSnapshot(workbookId: string): Promise<WorkbookSnapshot | null> {
  const row = await getDb().workbooks.get(workbookId);
  const workbook = row ? restoreRecord('workbooks', row) : null;
  if (!workbook) return null;
  const entries = await Promise.all(
    childTableNames.map(async (t) => [t, await listByWorkbook(t, workbookId)] as const),
  );
  return { workbook, ...Object.fromEntries(entries) } as WorkbookSnapshot;
}

/**
 * Gives a workbook and all its records fresh ids, keeping references between them intact (the
 * relation table in src/domain/relations.ts says which fields are references).
 * Used by "duplicate", by "import as a copy" and to keep the old version on an import's Replace.
 */
export function copyWithNewIds(
  snapshot: WorkbookSnapshot,
  changes: Partial<Workbook> = {},
): WorkbookSnapshot {
  const now = nowIso();
  const maps: IdMaps = { workbooks: new Map([[snapshot.workbook.id, newId()]]) };
  for (const table of childTableNames) {
    maps[table] = new Map(snapshot[table].map((r) => [r.id, newId()]));
  }
  const workbook = remapRecord('workbooks', snapshot.workbook, maps);
  const out = {
    workbook: { ...workbook, ...changes, id: workbook.id, createdAt: now, updatedAt: now, rev: 0 },
  } as WorkbookSnapshot;
  for (const table of childTableNames) {
    (out as Record<ChildTableName, unknown[]>)[table] = (snapshot[table] as { id: string }[]).map((record) =>
      remapRecord(table, record, maps),
    );
  }
  return out;
}

/** Writes every record of a snapshot in one transaction: all or nothing. */
export async function putSnapshot(snapshot: WorkbookSnapshot) {
  const db = getDb();
  await db.transaction('rw', [db.workbooks, ...childTableNames.map((t) => db[t])], async () => {
    await db.workbooks.put(snapshot.workbook);
    for (const table of childTableNames) {
      await (db[table] as unknown as Table<unknown, string>).bulkPut(snapshot[table]);
    }
  });
}

export async function duplicateWorkbook(id: string, titleSuffix: string): Promise<Workbook | null> {
  const snapshot = await loadSnapshot(id);
  if (!snapshot) return null;
  const copy = copyWithNewIds(snapshot, { title: `${snapshot.workbook.title}${titleSuffix}`.slice(0, 300) });
  await putSnapshot(copy);
  noteChanges();
  return copy.workbook;
}
