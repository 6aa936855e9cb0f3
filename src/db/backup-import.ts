// Applying a parsed backup: plan (what each workbook in the file would do, which ids must be
// re-issued) and write (one transaction). An import touches only what the file names: a record id
// that another workbook here already uses, or an id that cannot go in a URL, gets a fresh id with
// every reference remapped; Replace soft-deletes and keeps the version it replaced, restorable.
import type { BackupData, BackupEnvelope } from '../domain/backup';
import { idsInUrls, isUrlSafeId, remapRecord, type IdMaps } from '../domain/relations';
import { childTableNames, type ChildTableName, type WorkbookSnapshot } from '../domain/tables';
import type { Workbook } from '../domain/workbook';
import type { Table } from 'dexie';
import { getDb } from './db';
import { countChanges } from './meta';
import { newId, nowIso } from './records';
import { copyWithNewIds, loadSnapshot, putSnapshot } from './workbooks';

export type ImportItem = {
  workbook: Workbook;
  /** A live workbook with this id is here: the user chooses Replace, Copy or Skip. */
  exists: boolean;
  existingTitle: string | null;
  /** Marked deleted in the file: never imported, so it never hides a live workbook. */
  deletedInFile: boolean;
  /** Records of this workbook (itself included) that get new ids when added or replaced. */
  newIds: number;
};
/** `add` is what a workbook not here gets; a missing mode never means Replace. */
export type ImportMode = 'replace' | 'copy' | 'skip' | 'add';

type IdPlan = { maps: IdMaps; newIdsByWorkbook: Map<string, number>; live: Map<string, Workbook> };

/**
 * Which incoming ids must be re-issued, checked against every id in the database: an id that
 * belongs to another workbook (live or deleted) is never overwritten, and an id used in URLs must
 * be URL-safe. Reads only.
 */
async function planIds(data: BackupData): Promise<IdPlan> {
  const db = getDb();
  const maps: IdMaps = { workbooks: new Map() };
  const newIdsByWorkbook = new Map<string, number>(data.workbooks.map((w) => [w.id, 0]));
  const bump = (workbookId: string) =>
    newIdsByWorkbook.set(workbookId, (newIdsByWorkbook.get(workbookId) ?? 0) + 1);
  const live = new Map<string, Workbook>();
  const stored = await db.workbooks.bulkGet(data.workbooks.map((w) => w.id));
  data.workbooks.forEach((w, i) => {
    const here = stored[i];
    if (here && here.deletedAt == null && isUrlSafeId(w.id)) live.set(w.id, here);
    // A deleted workbook here is another workbook (restorable): the incoming one gets its own id.
    if ((here && here.deletedAt != null) || !isUrlSafeId(w.id)) {
      maps.workbooks!.set(w.id, newId());
      bump(w.id);
    }
  });
  const target = (workbookId: string) => maps.workbooks!.get(workbookId) ?? workbookId;
  for (const table of childTableNames) {
    const rows = data[table] as { id: string; workbookId: string }[];
    if (rows.length === 0) continue;
    const map = new Map<string, string>();
    const inUrls = idsInUrls.includes(table);
    const existing = (await db[table].bulkGet(rows.map((r) => r.id))) as (
      { workbookId?: string } | undefined
    )[];
    rows.forEach((r, i) => {
      const other = existing[i] !== undefined && existing[i].workbookId !== target(r.workbookId);
      if (other || (inUrls && !isUrlSafeId(r.id))) {
        map.set(r.id, newId());
        bump(r.workbookId);
      }
    });
    if (map.size > 0) maps[table] = map;
  }
  return { maps, newIdsByWorkbook, live };
}

/** What an import would do: each workbook in the file, whether it is here, which ids change. */
export async function planImport(envelope: BackupEnvelope): Promise<ImportItem[]> {
  const { newIdsByWorkbook, live } = await planIds(envelope.data);
  return envelope.data.workbooks.map((workbook) => {
    const here = live.get(workbook.id);
    return {
      workbook,
      exists: here !== undefined,
      existingTitle: here?.title ?? null,
      deletedInFile: workbook.deletedAt != null,
      newIds: newIdsByWorkbook.get(workbook.id) ?? 0,
    };
  });
}

export function snapshotsOf(data: BackupData): WorkbookSnapshot[] {
  return data.workbooks.map((workbook) => {
    const snapshot = { workbook } as WorkbookSnapshot;
    for (const table of childTableNames) {
      (snapshot as unknown as Record<string, unknown[]>)[table] = (
        data[table] as { workbookId: string }[]
      ).filter((r) => r.workbookId === workbook.id);
    }
    return snapshot;
  });
}

function remapSnapshot(snapshot: WorkbookSnapshot, maps: IdMaps): WorkbookSnapshot {
  const out = { workbook: remapRecord('workbooks', snapshot.workbook, maps) } as WorkbookSnapshot;
  for (const table of childTableNames) {
    (out as Record<ChildTableName, unknown[]>)[table] = (snapshot[table] as { id: string }[]).map((r) =>
      remapRecord(table, r, maps),
    );
  }
  return out;
}

export type ImportResult = {
  /** Ids of the workbooks written (a re-issued id, not the file's, where it changed). */
  written: string[];
  /** Workbooks that were added (Undo deletes them). */
  added: string[];
  /** For each Replace: the replaced workbook and the deleted copy of how it was before (Undo restores it). */
  replaced: { workbookId: string; previousCopyId: string }[];
  /** Records written in all. */
  records: number;
};

/**
 * Writes the confirmed import in a single transaction, re-checking ids against the database.
 * Replace keeps exactly what the file holds as the live workbook: records the file lacks are
 * soft-deleted, and the version before the import is kept as a deleted copy (restorable).
 */
export async function importBackup(
  envelope: BackupEnvelope,
  modes: Record<string, ImportMode>,
  copySuffix = '',
): Promise<ImportResult> {
  const db = getDb();
  const result: ImportResult = { written: [], added: [], replaced: [], records: 0 };
  await db.transaction('rw', [db.workbooks, ...childTableNames.map((t) => db[t])], async () => {
    const { maps, live } = await planIds(envelope.data);
    for (const snapshot of snapshotsOf(envelope.data)) {
      if (snapshot.workbook.deletedAt != null) continue;
      const fileId = snapshot.workbook.id;
      const exists = live.has(fileId);
      const mode = modes[fileId] ?? (exists ? 'copy' : 'add');
      if (mode === 'skip') continue;
      if (mode === 'copy') {
        const copy = copyWithNewIds(snapshot, {
          title: `${snapshot.workbook.title}${copySuffix}`.slice(0, 300),
        });
        await putSnapshot(copy);
        result.written.push(copy.workbook.id);
        result.added.push(copy.workbook.id);
        result.records += countRecords(copy);
        continue;
      }
      const incoming = remapSnapshot(snapshot, maps);
      if (exists) {
        const before = await loadSnapshot(incoming.workbook.id);
        if (before && sameRecords(before, incoming)) {
          result.written.push(incoming.workbook.id); // already exactly as the file says: nothing to keep
          continue;
        }
        result.replaced.push(await setAsidePrevious(before!, incoming));
      } else result.added.push(incoming.workbook.id);
      await putSnapshot(incoming);
      result.written.push(incoming.workbook.id);
      result.records += countRecords(incoming);
    }
  });
  if (result.records > 0) await countChanges(result.records).catch(() => undefined);
  return result;
}

/** The import's written workbook ids (kept for callers that need only those). */
export async function applyImport(
  envelope: BackupEnvelope,
  modes: Record<string, ImportMode>,
  copySuffix = '',
): Promise<string[]> {
  return (await importBackup(envelope, modes, copySuffix)).written;
}

/** Whether a Replace would leave the workbook exactly as it is (e.g. the same file imported twice). */
function sameRecords(here: WorkbookSnapshot, incoming: WorkbookSnapshot) {
  const byId = (rows: { id: string }[]) =>
    JSON.stringify([...rows].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)));
  if (JSON.stringify(here.workbook) !== JSON.stringify(incoming.workbook)) return false;
  return childTableNames.every((t) => byId(here[t]) === byId(incoming[t]));
}

const countRecords = (s: WorkbookSnapshot) => 1 + childTableNames.reduce((n, t) => n + s[t].length, 0);

/**
 * Before a Replace: keep the live workbook as a deleted copy with fresh ids, then soft-delete
 * the records the file does not hold (the file's own records overwrite theirs).
 */
async function setAsidePrevious(before: WorkbookSnapshot, incoming: WorkbookSnapshot) {
  const db = getDb();
  const workbookId = incoming.workbook.id;
  const now = nowIso();
  const previous = copyWithNewIds(before, { deletedAt: now });
  await putSnapshot(previous);
  for (const table of childTableNames) {
    const keep = new Set((incoming[table] as { id: string }[]).map((r) => r.id));
    await (db[table] as unknown as Table<{ id: string; deletedAt?: string | null; rev?: number }, string>)
      .where('workbookId')
      .equals(workbookId)
      .filter((r) => r.deletedAt == null && !keep.has(r.id))
      .modify((r) => {
        r.deletedAt = now;
        r.rev = (r.rev ?? 0) + 1;
      });
  }
  return { workbookId, previousCopyId: previous.workbook.id };
}

/** Undo of an import: added workbooks are deleted (restorable), replaced ones get their previous version back. */
export async function undoImport(result: ImportResult) {
  const db = getDb();
  const now = nowIso();
  await db.transaction('rw', db.workbooks, async () => {
    for (const id of [...result.added, ...result.replaced.map((r) => r.workbookId)]) {
      await db.workbooks.update(id, { deletedAt: now, updatedAt: now });
    }
    for (const { previousCopyId } of result.replaced) {
      await db.workbooks.update(previousCopyId, { deletedAt: null, updatedAt: now });
    }
  });
}
