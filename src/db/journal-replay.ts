// Replays the save journals left by page loads that went away before their edits were written
// (save-journal.ts says which and why), and the one write step shared with the autosave queue.
// Loaded on demand: only a start that finds a journal, and the write path, need it.
import { currentAnswerFor } from '../domain/answers';
import { tableSchemas, type TableName, type TableRecord } from '../domain/tables';
import { getDb } from './db';
import {
  applyPatch,
  buildRecord,
  nextOrder,
  RecordNotFoundError,
  RecordValidationError,
  touchWorkbook,
} from './records';
import { journalUnchanged, readJournals, removeJournalIfUnchanged, type JournalEntry } from './save-journal';

export type EntryWrite = Pick<JournalEntry, 'table' | 'id' | 'patch' | 'create'>;
export type EntryOutcome = { kind: 'written' | 'same' | 'gone'; record?: TableRecord<TableName> };

const same = (a: unknown, b: unknown) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);

/**
 * The record a patch for a not-yet-created record goes to: for a risk-area answer, whichever live
 * answer already holds that question (an imported one keeps its own id), so there is never a
 * second answer for one question.
 */
async function existingFor(entry: EntryWrite): Promise<TableRecord<TableName> | undefined> {
  if (entry.table !== 'areaAnswers' || !entry.create) return undefined;
  const { workbookId, area, questionKey } = entry.create as Record<string, string>;
  const rows = await getDb().areaAnswers.where('workbookId').equals(String(workbookId)).toArray();
  return currentAnswerFor(rows, area as never, String(questionKey));
}

/**
 * Writes one patch; must run inside a transaction over its table and `workbooks`.
 * - 'save' (the autosave queue): the patch is applied as it is.
 * - 'replay' (a journal entry from an earlier page): a deleted or missing record is left alone
 *   ('gone'); a patch whose fields already equal the stored ones is a no-op ('same', so replaying
 *   twice changes nothing); otherwise its fields are written over whatever another tab wrote
 *   since (last writer wins per field, exactly what the lost write would have done).
 * A record made on its first edit (entry.create) is made here, once, if its workbook is live.
 */
export async function writeEntry(entry: EntryWrite, mode: 'save' | 'replay'): Promise<EntryOutcome> {
  const db = getDb();
  const { table } = entry;
  let stored = await db[table].get(entry.id);
  let patch = entry.patch;
  if (entry.create && (!stored || stored.deletedAt)) {
    const deleted = stored;
    stored = await existingFor(entry);
    // Typed into a question whose answer was deleted: the answer comes back (not when replaying).
    if (!stored && deleted && mode === 'save') [stored, patch] = [deleted, { ...patch, deletedAt: null }];
    if (!stored && deleted) stored = deleted;
  }
  if (!stored && entry.create) {
    if (!stored) {
      const workbookId = String(entry.create.workbookId);
      const workbook = await db.workbooks.get(workbookId);
      if (!workbook || workbook.deletedAt !== null) throw new RecordNotFoundError(table, entry.id);
      const record = buildRecord(table, {
        ...entry.create,
        ...entry.patch,
        id: entry.id,
        order: await nextOrder(table as never, workbookId),
      } as never);
      await db[table].add(record as never);
      return { kind: 'written', record };
    }
  }
  if (!stored) throw new RecordNotFoundError(table, entry.id);
  if (mode === 'replay') {
    if (stored.deletedAt) return { kind: 'gone' };
    const current = stored as unknown as Record<string, unknown>;
    if (Object.entries(patch).every(([k, v]) => same(current[k], v))) return { kind: 'same' };
  }
  const record = await applyPatch(table, stored.id, patch as never);
  return { kind: 'written', record };
}

export type ReplayReport = { applied: number; same: number; skipped: number };

/**
 * Replays every journal of the database in one transaction, oldest edit first, then removes the
 * journals replayed (each only if its tab has not written a newer one meanwhile). A failure of the
 * transaction keeps every journal for the next start.
 */
export async function replayJournals(dbName = getDb().name): Promise<ReplayReport> {
  const journals = readJournals(dbName);
  const report: ReplayReport = { applied: 0, same: 0, skipped: 0 };
  const known = journals.flatMap((j) => j.entries).filter((e) => Object.hasOwn(tableSchemas, e.table));
  if (known.length > 0) {
    const tableNames = new Set<TableName>(['workbooks', ...known.map((e) => e.table)]);
    const db = getDb();
    await db.transaction(
      'rw',
      [...tableNames].map((t) => db[t]),
      async () => {
        // Once this read has run, the transaction holds its tables: a write another tab started
        // earlier has committed. A journal that changed since it was read belongs to a live tab that
        // is writing (or has written) newer values itself; replaying its older copy now could put an
        // older value over a newer one, so it is left to its tab.
        await db.workbooks.count();
        const entries = journals
          .filter(journalUnchanged)
          .flatMap((j) => j.entries)
          .filter((e) => Object.hasOwn(tableSchemas, e.table))
          .sort((a, b) => (Number(a.at) || 0) - (Number(b.at) || 0));
        const touched = new Set<string>();
        for (const entry of entries) {
          try {
            const outcome = await writeEntry(entry, 'replay');
            if (outcome.kind === 'written') {
              report.applied++;
              const wb = (outcome.record as { workbookId?: string } | undefined)?.workbookId;
              if (entry.table !== 'workbooks' && wb) touched.add(wb);
            } else if (outcome.kind === 'same') report.same++;
            else report.skipped++;
          } catch (error) {
            // A value that no longer validates, or a record that is gone: nothing to restore.
            if (error instanceof RecordValidationError || error instanceof RecordNotFoundError)
              report.skipped++;
            else throw error;
          }
        }
        for (const id of touched) await touchWorkbook(id);
      },
    );
  }
  for (const j of journals) removeJournalIfUnchanged(j);
  return report;
}
