// Debounced autosave: patches to the same record merge, and every pending patch is written at most
// 300 ms after the last keystroke, in one transaction (all or nothing). Every unwritten patch is
// also copied synchronously to the save journal (save-journal.ts) as it is queued, and removed only
// once the transaction holding it has committed: a page that goes away before the write (reload,
// navigation, closed tab) loses nothing, the next start replays it. Where the journal cannot be
// written, leaving the page asks first while saves are pending. Pending work is also flushed on
// pagehide and when the tab is hidden.
// A failed write keeps the patches queued (the edit stays on screen), says why at once, and
// retries; a closed database is reopened and the write retried once before the user is told.
import type { TableName, TableRecord } from '../domain/tables';
import { saveStatusStore } from '../lib/save-status';
import { reportUnexpected } from '../lib/unexpected-error';
import { getDb } from './db';
import { countChanges } from './meta';
import { writeEntry } from './journal-replay';
import { RecordNotFoundError, RecordValidationError, touchWorkbook } from './records';
import { writeJournal, type JournalEntry } from './save-journal';
import { describeStorageError, isClosedError } from './storage-errors';
import { onBeforeRelease, storageMode } from './storage-health';

/** Why this tab stopped writing: the database was deleted elsewhere, or a newer version took it. */
const haltedReason = () => (storageMode() === 'deleted' ? 'save.databaseDeleted' : 'save.versionChange');

export const SAVE_DELAY_MS = 300;
const RETRY_DELAYS_MS = [1000, 3000, 10000];

type Pending = JournalEntry;

export type QueueOptions = {
  /** The record's rev as the editor shows it (kept in the journal). */
  baseRev?: number | null;
  /** Make the record on its first write, with these fixed fields, if it does not exist yet. */
  create?: Record<string, unknown>;
};

const pending = new Map<string, Pending>();
let timer: ReturnType<typeof setTimeout> | null = null;
let inFlight: Promise<void> | null = null;
/** The batch being written now (its edits are not in `pending` any more, nor stored yet). */
let inFlightBatch: Pending[] = [];
/** Per record, the version (rev and updatedAt) this tab's last successful write gave it. */
export type RecordVersion = { rev: number; updatedAt: string };
const writtenRevs = new Map<string, RecordVersion>();
let failures = 0;
/** Set when a newer version took over the database: nothing more is written from this tab. */
let halted = false;
/** The journal could not be written (storage full or unavailable): ask before the page is left. */
let journalFailed = false;

const setStatus = (s: Parameters<ReturnType<typeof saveStatusStore.getState>['set']>[0]) =>
  saveStatusStore.getState().set(s);

export function queuePatch<T extends TableName>(
  table: T,
  id: string,
  patch: Partial<TableRecord<T>>,
  options: QueueOptions = {},
) {
  const key = `${table}:${id}`;
  const existing = pending.get(key);
  const create = options.create ?? existing?.create;
  pending.set(key, {
    table,
    id,
    patch: { ...existing?.patch, ...patch },
    baseRev: existing?.baseRev ?? options.baseRev ?? writtenRevs.get(key)?.rev ?? null,
    at: Date.now(),
    ...(create ? { create } : {}),
  });
  syncJournal();
  if (halted) {
    setStatus({ kind: 'error', reasonKey: haltedReason() });
    return;
  }
  setStatus({ kind: 'saving' });
  schedule(SAVE_DELAY_MS);
}

export const hasPendingSaves = () => pending.size > 0 || inFlight !== null;

/** Copies what is not stored yet (being written, then queued: replayed in that order) to the journal. */
function syncJournal() {
  let ok = true;
  try {
    ok = writeJournal(getDb().name, [...inFlightBatch, ...pending.values()]);
  } catch {
    ok = false;
  }
  journalFailed = !ok;
  guardUnload();
}

const onBeforeUnload = (event: BeforeUnloadEvent) => {
  if (!journalFailed || !hasPendingSaves()) return;
  event.preventDefault();
  event.returnValue = ''; // Older browsers need it set to show the prompt.
};
let guarding = false;
/** A beforeunload listener only while it is needed: it would keep the page out of the back/forward cache. */
function guardUnload() {
  if (typeof window === 'undefined') return;
  const need = journalFailed && hasPendingSaves();
  if (need && !guarding) window.addEventListener('beforeunload', onBeforeUnload);
  if (!need && guarding) window.removeEventListener('beforeunload', onBeforeUnload);
  guarding = need;
}

export const isJournalFailing = () => journalFailed;

/** The patches not yet written (what a "copy your unsaved text" view would show). */
export const pendingPatches = () =>
  [...pending.values()].map(({ table, id, patch, create }) => ({
    table,
    id,
    patch: { ...patch },
    // A record made on its first edit (a risk-area answer): its fixed fields.
    ...(create ? { create: { ...create } } : {}),
  }));

/** Whether an edit of this field is queued or being written: a form must not overwrite it. */
export function isFieldPending(table: TableName, id: string, field: string): boolean {
  const has = (p: Pending | undefined) =>
    p !== undefined && p.table === table && p.id === id && field in p.patch;
  return has(pending.get(`${table}:${id}`)) || inFlightBatch.some(has);
}

/** This record's version after this tab's last write (a snapshot from before it is not news). */
export const lastWrittenVersion = (table: TableName, id: string) => writtenRevs.get(`${table}:${id}`);

function schedule(delay: number) {
  if (timer) clearTimeout(timer);
  timer = setTimeout(() => {
    flushSaves().catch(reportUnexpected);
  }, delay);
}

/** Writes everything pending now. Resolves when the write has finished (or failed). */
export async function flushSaves(): Promise<void> {
  if (timer) {
    clearTimeout(timer);
    timer = null;
  }
  if (inFlight) await inFlight;
  if (pending.size === 0) return;
  if (halted) {
    setStatus({ kind: 'error', reasonKey: haltedReason() });
    return;
  }
  const batch = [...pending.values()];
  pending.clear();
  inFlightBatch = batch;
  inFlight = writeBatch(batch).finally(() => {
    inFlight = null;
    inFlightBatch = [];
    // Committed entries leave the journal only now; failed ones were requeued (still in it).
    syncJournal();
  });
  return inFlight;
}

type Outcome = {
  written: number;
  revs: [string, RecordVersion][];
  dropped: { patch: Pending; reasonKey: string; detail: string }[];
};

/** One transaction over every table the batch touches and the workbooks. */
async function writeOnce(batch: Pending[]): Promise<Outcome> {
  const db = getDb();
  const tables = [...new Set([...batch.map((p) => p.table), 'workbooks' as const])].map((t) => db[t]);
  const outcome: Outcome = { written: 0, revs: [], dropped: [] };
  await db.transaction('rw', tables, async () => {
    const workbookIds = new Set<string>();
    for (const p of batch) {
      try {
        const { record: next } = await writeEntry(p, 'save');
        if (!next) continue;
        outcome.written++;
        const version = { rev: next.rev, updatedAt: next.updatedAt };
        outcome.revs.push([`${p.table}:${p.id}`, version]);
        if (next.id !== p.id) outcome.revs.push([`${p.table}:${next.id}`, version]);
        const wbId = p.table === 'workbooks' ? null : (next as { workbookId?: string }).workbookId;
        if (wbId) workbookIds.add(wbId);
      } catch (error) {
        // Both are thrown before anything is written, so the transaction stays usable.
        if (error instanceof RecordValidationError) {
          outcome.dropped.push({ patch: p, reasonKey: 'save.invalid', detail: error.message });
        } else if (error instanceof RecordNotFoundError) {
          // Never recreate a record that is gone (site data cleared, deleted elsewhere): writing a
          // half-empty record would look like real data.
          outcome.dropped.push({ patch: p, reasonKey: 'save.gone', detail: error.message });
        } else throw error;
      }
    }
    for (const id of workbookIds) await touchWorkbook(id);
  });
  return outcome;
}

async function writeBatch(batch: Pending[]) {
  let outcome: Outcome;
  try {
    try {
      outcome = await writeOnce(batch);
    } catch (error) {
      if (!isClosedError(error)) throw error;
      // The connection went away under us: reopen and try once more before telling anyone.
      await getDb().open();
      outcome = await writeOnce(batch);
    }
  } catch (error) {
    requeue(batch);
    const described = describeStorageError(error);
    setStatus({ kind: 'error', reasonKey: described.reasonKey, detail: described.detail });
    const delay = RETRY_DELAYS_MS[Math.min(failures, RETRY_DELAYS_MS.length - 1)]!;
    failures++;
    if (!halted) schedule(delay);
    return;
  }
  inFlightBatch = [];
  failures = 0;
  for (const [key, rev] of outcome.revs) writtenRevs.set(key, rev);
  // Advisory (the backup reminder), so kept out of the save's own transaction: a tab closing
  // right after typing has time for one short transaction, not a longer one.
  if (outcome.written > 0) void countChanges(outcome.written).catch(() => undefined);
  const problem = outcome.dropped[0];
  if (problem) {
    // The value can never be saved as it is; the form shows the field's error.
    setStatus({ kind: 'error', reasonKey: problem.reasonKey, detail: problem.detail });
  } else if (pending.size === 0) {
    // Only once the journal is empty again too: "All changes saved" must be true on disk.
    syncJournal();
    setStatus(journalFailed ? { kind: 'saving' } : { kind: 'saved', at: Date.now() });
  }
}

/** Puts a batch back under any newer edits made while it was being written. */
function requeue(batch: Pending[]) {
  for (const p of batch) {
    const key = `${p.table}:${p.id}`;
    const newer = pending.get(key);
    pending.set(key, { ...p, patch: { ...p.patch, ...newer?.patch } });
  }
}

/**
 * A newer version of the app needs the database: write what we have, then stop writing.
 * Later edits stay queued in memory (and on screen) and the user is asked to reload.
 */
export async function haltAfterFlush(): Promise<void> {
  try {
    await flushSaves();
  } finally {
    halted = true;
    if (timer) clearTimeout(timer);
    timer = null;
    if (pending.size > 0) setStatus({ kind: 'error', reasonKey: haltedReason() });
  }
}

/** Forget queued work (tests, and after the database was deleted on purpose). */
export function resetAutosave() {
  if (timer) clearTimeout(timer);
  timer = null;
  pending.clear();
  inFlightBatch = [];
  failures = 0;
  halted = false;
  syncJournal();
}

let listening = false;
export function installFlushOnHide() {
  if (listening || typeof window === 'undefined') return;
  listening = true;
  window.addEventListener('pagehide', () => {
    flushSaves().catch(reportUnexpected);
  });
  document.addEventListener('visibilitychange', () => {
    if (document.visibilityState === 'hidden') flushSaves().catch(reportUnexpected);
  });
}

// Pending saves exist only once this module is loaded (with the first editor), so it installs
// the flush itself.
installFlushOnHide();
onBeforeRelease(haltAfterFlush);
