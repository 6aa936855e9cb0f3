// The one path for every one-off write outside the autosave queue (creates, deletes, undo, one-click
// changes): it runs the write, never throws, and returns either the value or a reason the user can
// read. Creates and (un)deletes are counted for the backup reminder by records.ts itself (so writes
// that bypass this path, like writeTogether, count too); a one-click change is counted here.
import type { ChildTableName, TableName, TableRecord } from '../domain/tables';
import { countChanges } from './meta';
import {
  createRecord,
  patchRecord,
  RecordNotFoundError,
  RecordValidationError,
  softDeleteRecord,
  undeleteRecord,
  type NewRecordInput,
} from './records';
import { describeStorageError, type StorageErrorReason } from './storage-errors';

export type WriteFailure = StorageErrorReason;
export type WriteOutcome<R> = { ok: true; value: R } | { ok: false; error: WriteFailure };

/** Why a write failed: storage errors as the autosave reports them, and our own two refusals. */
export function describeWriteError(error: unknown): WriteFailure {
  const detail = error instanceof Error ? error.message.slice(0, 300) : String(error).slice(0, 300);
  if (error instanceof RecordValidationError) return { kind: 'failed', reasonKey: 'save.invalid', detail };
  if (error instanceof RecordNotFoundError) return { kind: 'failed', reasonKey: 'save.gone', detail };
  const described = describeStorageError(error);
  // The autosave's words for these two promise an automatic retry; a one-off write offers Retry.
  if (described.kind === 'closed') return { ...described, reasonKey: 'save.writeClosed' };
  if (described.kind === 'failed') return { ...described, reasonKey: 'save.writeFailed' };
  return described;
}

/**
 * Runs `write`. `edits` (1 for a create or a delete) is added to the backup reminder's count after
 * the write succeeded, in its own transaction as the autosave does: the count is advisory and must
 * never make the write itself fail.
 */
export async function guardedWrite<R>(
  write: () => Promise<R>,
  { edits = 0 }: { edits?: number } = {},
): Promise<WriteOutcome<R>> {
  let value: R;
  try {
    value = await write();
  } catch (error) {
    return { ok: false, error: describeWriteError(error) };
  }
  if (edits > 0) await countChanges(edits).catch(() => undefined);
  return { ok: true, value };
}

/** Adds a record (records.ts counts it as one change). */
export const addRecord = <T extends TableName>(table: T, input: NewRecordInput<T>) =>
  guardedWrite(() => createRecord(table, input));

/** Soft-deletes a child record (counted as one change by records.ts); undo is `undoRemove`. */
export const removeRecord = <T extends ChildTableName>(table: T, id: string) =>
  guardedWrite(() => softDeleteRecord(table, id));

/** Brings a soft-deleted record back (counted as one change by records.ts). */
export const undoRemove = <T extends ChildTableName>(table: T, id: string) =>
  guardedWrite(() => undeleteRecord(table, id));

/** A one-click change (mark verified, hide): one write, counted like an autosaved edit. */
export const changeRecord = <T extends TableName>(table: T, id: string, patch: Partial<TableRecord<T>>) =>
  guardedWrite(() => patchRecord(table, id, patch), { edits: 1 });
