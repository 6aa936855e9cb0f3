// Debounced autosave: patches to the same record merge, and every pending patch is written at most
// 300 ms after the last keystroke, in one transaction. Pending work is flushed on pagehide and when
// the tab is hidden, so closing the tab right after typing loses nothing. A failed write keeps the
// patch queued, reports why, and retries.
import type { TableName, TableRecord } from '../domain/tables';
import { saveStatusStore } from '../lib/save-status';
import { getDb } from './db';
import { applyPatch, RecordValidationError, touchWorkbook } from './records';
import { describeStorageError } from './storage-errors';

export const SAVE_DELAY_MS = 300;
const RETRY_DELAYS_MS = [1000, 3000, 10000];

type Pending = { table: TableName; id: string; patch: Record<string, unknown> };

const pending = new Map<string, Pending>();
let timer: ReturnType<typeof setTimeout> | null = null;
let inFlight: Promise<void> | null = null;
let failures = 0;

export function queuePatch<T extends TableName>(table: T, id: string, patch: Partial<TableRecord<T>>) {
  const key = `${table}:${id}`;
  const existing = pending.get(key);
  pending.set(key, { table, id, patch: { ...existing?.patch, ...patch } });
  saveStatusStore.getState().set({ kind: 'saving' });
  schedule(SAVE_DELAY_MS);
}

export const hasPendingSaves = () => pending.size > 0 || inFlight !== null;

function schedule(delay: number) {
  if (timer) clearTimeout(timer);
  timer = setTimeout(() => void flushSaves(), delay);
}

/** Writes everything pending now. Resolves when the write has finished (or failed). */
export async function flushSaves(): Promise<void> {
  if (timer) {
    clearTimeout(timer);
    timer = null;
  }
  if (inFlight) await inFlight;
  if (pending.size === 0) return;
  const batch = [...pending.values()];
  pending.clear();
  inFlight = writeBatch(batch).finally(() => {
    inFlight = null;
  });
  return inFlight;
}

async function writeBatch(batch: Pending[]) {
  const db = getDb();
  const tables = [...new Set(batch.map((p) => p.table)), 'workbooks' as const].map((t) => db[t]);
  try {
    await db.transaction('rw', tables, async () => {
      const workbookIds = new Set<string>();
      for (const p of batch) {
        const next = await applyPatch(p.table, p.id, p.patch as never);
        const wbId = p.table === 'workbooks' ? null : (next as { workbookId?: string }).workbookId;
        if (wbId) workbookIds.add(wbId);
      }
      for (const id of workbookIds) await touchWorkbook(id);
    });
    failures = 0;
    if (pending.size === 0) saveStatusStore.getState().set({ kind: 'saved', at: Date.now() });
  } catch (error) {
    if (error instanceof RecordValidationError) {
      // The value can never be saved as it is: drop it and say so; the form shows the field's error.
      saveStatusStore.getState().set({ kind: 'error', reasonKey: 'save.invalid', detail: error.message });
      return;
    }
    // Put the batch back under any newer edits, and try again later.
    for (const p of batch) {
      const key = `${p.table}:${p.id}`;
      const newer = pending.get(key);
      pending.set(key, { ...p, patch: { ...p.patch, ...newer?.patch } });
    }
    const described = describeStorageError(error);
    saveStatusStore
      .getState()
      .set({ kind: 'error', reasonKey: described.reasonKey, detail: described.detail });
    const delay = RETRY_DELAYS_MS[Math.min(failures, RETRY_DELAYS_MS.length - 1)]!;
    failures++;
    schedule(delay);
  }
}

/** Forget queued work (tests, and after the database was deleted on purpose). */
export function resetAutosave() {
  if (timer) clearTimeout(timer);
  timer = null;
  pending.clear();
  failures = 0;
}

let listening = false;
export function installFlushOnHide() {
  if (listening || typeof window === 'undefined') return;
  listening = true;
  window.addEventListener('pagehide', () => void flushSaves());
  document.addEventListener('visibilitychange', () => {
    if (document.visibilityState === 'hidden') void flushSaves();
  });
}
