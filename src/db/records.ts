// Generic record writes: every write bumps rev and updatedAt, validates against the domain
// schema, and touches only the fields given. Deletes are soft (deletedAt), so undo is a patch.
import { isLockedVersion } from '../domain/plan-version';
import { tableSchemas, type ChildTableName, type TableName, type TableRecord } from '../domain/tables';
import { getDb } from './db';
import { noteChanges } from './meta';
import { restoreRecord, restoreRecords } from './restore';

export const newId = () => crypto.randomUUID();
export const nowIso = () => new Date().toISOString();

export class RecordValidationError extends Error {
  constructor(
    readonly table: TableName,
    readonly path: string,
    readonly messageKey: string,
  ) {
    super(`Invalid ${table} record at ${path || '(root)'}: ${messageKey}`);
    this.name = 'RecordValidationError';
  }
}

export class RecordNotFoundError extends Error {
  constructor(table: TableName, id: string) {
    super(`No ${table} record with id ${id}`);
    this.name = 'RecordNotFoundError';
  }
}

export function validate<T extends TableName>(table: T, value: unknown): TableRecord<T> {
  const result = tableSchemas[table].safeParse(value);
  if (!result.success) {
    const issue = result.error.issues[0]!;
    throw new RecordValidationError(table, issue.path.join('.'), issue.message);
  }
  return result.data as TableRecord<T>;
}

export type NewRecordInput<T extends TableName> = Omit<
  Partial<TableRecord<T>>,
  'id' | 'createdAt' | 'updatedAt' | 'rev' | 'deletedAt'
> & { id?: string };

/** Builds a full, validated record (without writing it). */
export function buildRecord<T extends TableName>(table: T, input: NewRecordInput<T>): TableRecord<T> {
  const now = nowIso();
  return validate(table, { id: newId(), ...input, createdAt: now, updatedAt: now, rev: 0, deletedAt: null });
}

/**
 * Adds a record. A child record without an `order` goes after the workbook's others; the order is
 * found in the same transaction as the write, so two quick adds never share a place.
 */
export async function createRecord<T extends TableName>(
  table: T,
  input: NewRecordInput<T>,
): Promise<TableRecord<T>> {
  const db = getDb();
  const created = await db.transaction('rw', [db[table], db.workbooks], async () => {
    const child = input as { workbookId?: string; order?: number };
    const isChild = table !== 'workbooks';
    const order =
      isChild && child.order === undefined && child.workbookId !== undefined
        ? await nextOrder(table, child.workbookId)
        : undefined;
    const record = buildRecord(table, order === undefined ? input : { ...input, order });
    await db[table].add(record as never);
    if (isChild) await touchWorkbook((record as { workbookId: string }).workbookId);
    return record;
  });
  noteChanges(); // the backup reminder counts creates
  return created;
}

/**
 * Runs several writes as one transaction: all of them land, or none does. The writes inside
 * (createRecord, patchRecord, ...) join it. `workbooks` is always included for the revision bump.
 */
export function writeTogether<R>(tables: TableName[], writes: () => Promise<R>): Promise<R> {
  const db = getDb();
  const names = [...new Set<TableName>([...tables, 'workbooks'])];
  return db.transaction(
    'rw',
    names.map((t) => db[t]),
    writes,
  );
}

/** Applies a patch; must run inside a transaction that includes `table` and `workbooks`. */
export async function applyPatch<T extends TableName>(
  table: T,
  id: string,
  patch: Partial<TableRecord<T>>,
): Promise<TableRecord<T>> {
  const db = getDb();
  const stored = await db[table].get(id);
  if (!stored) throw new RecordNotFoundError(table, id);
  const current = restoreRecord(table, stored) ?? (stored as TableRecord<T>);
  // An approved plan version is locked: no write path may change it (issue 15).
  if (table === 'planVersions' && isLockedVersion(current as TableRecord<'planVersions'>)) {
    throw new RecordValidationError(table, 'status', 'versions.errors.locked');
  }
  const next = validate(table, {
    ...current,
    ...patch,
    id,
    createdAt: current.createdAt,
    updatedAt: nowIso(),
    rev: current.rev + 1,
  });
  await db[table].put(next as never);
  return next;
}

/** Raises the workbook's revision: the plan's version number counts every saved change. */
export async function touchWorkbook(workbookId: string) {
  const db = getDb();
  const wb = await db.workbooks.get(workbookId);
  if (!wb) return;
  await db.workbooks.update(workbookId, { updatedAt: nowIso(), rev: (wb.rev ?? 0) + 1 });
}

export async function patchRecord<T extends TableName>(
  table: T,
  id: string,
  patch: Partial<TableRecord<T>>,
): Promise<TableRecord<T>> {
  const db = getDb();
  return db.transaction('rw', [db[table], db.workbooks], async () => {
    const next = await applyPatch(table, id, patch);
    if (table !== 'workbooks') await touchWorkbook((next as { workbookId: string }).workbookId);
    return next;
  });
}

/** A delete or its undo is a change the backup reminder counts. */
const counted = async <R>(write: Promise<R>) => {
  const result = await write;
  noteChanges();
  return result;
};

export const softDeleteRecord = <T extends TableName>(table: T, id: string) =>
  counted(patchRecord(table, id, { deletedAt: nowIso() } as Partial<TableRecord<T>>));

export const undeleteRecord = <T extends TableName>(table: T, id: string) =>
  counted(patchRecord(table, id, { deletedAt: null } as Partial<TableRecord<T>>));

/** Live (not deleted) records of one workbook, in their sort order. */
export async function listByWorkbook<T extends ChildTableName>(
  table: T,
  workbookId: string,
): Promise<TableRecord<T>[]> {
  const rows = await getDb()[table].where('workbookId').equals(workbookId).toArray();
  return restoreRecords(table, rows)
    .filter((r) => r.deletedAt === null)
    .sort((a, b) => a.order - b.order || a.createdAt.localeCompare(b.createdAt));
}

export async function getRecord<T extends TableName>(table: T, id: string): Promise<TableRecord<T> | null> {
  const row = await getDb()[table].get(id);
  return row ? restoreRecord(table, row) : null;
}

/** Next sort key after the existing records of a workbook. */
export async function nextOrder(table: ChildTableName, workbookId: string): Promise<number> {
  const rows = await getDb()[table].where('workbookId').equals(workbookId).toArray();
  return rows.reduce((max, r) => Math.max(max, Number((r as { order?: number }).order) || 0), 0) + 1;
}
