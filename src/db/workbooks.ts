// Workbook lifecycle: create (with the default catalogue), duplicate, delete and undo, snapshot.
import { providerChannelKinds } from '../domain/communications';
import { defaultResponsibilityCatalogue } from '../domain/responsibility';
import { areaAnswerId } from '../domain/risk-areas';
import { childTableNames, type ChildTableName, type WorkbookSnapshot } from '../domain/tables';
import type { Workbook, WorkbookForm } from '../domain/workbook';
import type { Table } from 'dexie';
import { getDb } from './db';
import { buildRecord, listByWorkbook, newId, nowIso, patchRecord } from './records';
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
  return workbook;
}

export { listWorkbooks } from './workbook-list';

export const deleteWorkbook = (id: string) => patchRecord('workbooks', id, { deletedAt: nowIso() });
export const undoDeleteWorkbook = (id: string) => patchRecord('workbooks', id, { deletedAt: null });

export async function loadSnapshot(workbookId: string): Promise<WorkbookSnapshot | null> {
  const row = await getDb().workbooks.get(workbookId);
  const workbook = row ? restoreRecord('workbooks', row) : null;
  if (!workbook) return null;
  const entries = await Promise.all(
    childTableNames.map(async (t) => [t, await listByWorkbook(t, workbookId)] as const),
  );
  return { workbook, ...Object.fromEntries(entries) } as WorkbookSnapshot;
}

/** Fields that hold ids of other records in the same workbook. */
const REFERENCE_FIELDS = ['scenarioId', 'sourceIncidentId', 'incidentId', 'actionId', 'calledById'] as const;

/**
 * Gives a workbook and all its records fresh ids, keeping references between them intact.
 * Used by "duplicate" and by "import as a copy".
 */
export function copyWithNewIds(
  snapshot: WorkbookSnapshot,
  changes: Partial<Workbook> = {},
): WorkbookSnapshot {
  const now = nowIso();
  const newWorkbookId = newId();
  const idMap = new Map<string, string>([[snapshot.workbook.id, newWorkbookId]]);
  for (const table of childTableNames) {
    for (const r of snapshot[table]) idMap.set(r.id, newId());
  }
  const mapId = (id: string | null) => (id === null ? null : (idMap.get(id) ?? id));
  const out = {
    workbook: { ...snapshot.workbook, ...changes, id: newWorkbookId, createdAt: now, updatedAt: now, rev: 0 },
  } as WorkbookSnapshot;
  for (const table of childTableNames) {
    (out as Record<ChildTableName, unknown[]>)[table] = snapshot[table].map((record) => {
      const copy: Record<string, unknown> = {
        ...record,
        id: idMap.get(record.id),
        workbookId: newWorkbookId,
      };
      for (const field of REFERENCE_FIELDS) {
        if (field in copy) copy[field] = mapId(copy[field] as string | null);
      }
      if (table === 'areaAnswers') copy.id = areaAnswerId(newWorkbookId, String(copy.questionKey));
      if (table === 'scenarios') {
        copy.affectedDependencyIds = (copy.affectedDependencyIds as string[]).map((id) => mapId(id)!);
      }
      return copy;
    });
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
  return copy.workbook;
}
