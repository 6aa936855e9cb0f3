// The unload-safe save journal: the autosave queue's unwritten patches, copied synchronously to
// localStorage on every edit, so an edit typed just before a reload, a navigation or a closed tab is
// replayed on the next start (an IndexedDB transaction does not survive the page going away).
//
// One key per database and page load: `cw-journal:<database>:<tab id>`. The tab id is made afresh for
// every page load, not kept in sessionStorage: "Duplicate tab" copies sessionStorage, and two live
// tabs sharing one key would overwrite each other's journal. A tab only ever writes its own key.
//
// Which journals does a starting tab replay? All of them, the live tabs' included, because replaying
// is idempotent and agrees with what the owner would do anyway (see journal-replay.ts): a pending
// patch the owner has not written yet is written a moment earlier with the same values, and the
// owner's own write lands after it (last writer wins per field, as always); an entry whose write
// already committed equals the stored fields and is a no-op. So no heartbeat is needed to tell a
// dead tab from a live one. One race is closed explicitly: a live tab that queues or writes anything
// after its journal was read changes that journal, and the replay (which checks again once its
// transaction holds the tables) then leaves it to its tab, so an older copy never lands over a newer
// value. A key is removed only if it still holds exactly what was replayed.
import type { TableName } from '../domain/tables';
import { JOURNAL_PREFIX as PREFIX } from './journal-check';

export type JournalEntry = {
  table: TableName;
  id: string;
  patch: Record<string, unknown>;
  /** The record's rev when the edit was queued, if known (null: not known, or not created yet). */
  baseRev: number | null;
  /** When the edit was queued (ms since the epoch). */
  at: number;
  /** For a record made on its first edit (a risk-area answer): its fixed fields. */
  create?: Record<string, unknown>;
};

const tabId = (() => {
  try {
    return crypto.randomUUID();
  } catch {
    return `${Date.now()}-${Math.random().toString(36).slice(2)}`;
  }
})();

const storage = (): Storage | null => {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage;
  } catch {
    return null; // Access itself throws when storage is disabled.
  }
};

export const journalKey = (dbName: string, tab = tabId) => `${PREFIX}${dbName}:${tab}`;

/**
 * Replaces this tab's journal for a database with `entries` (an empty list removes the key).
 * Returns false when it could not be written (storage full or unavailable): the caller then asks
 * before the page is left.
 */
export function writeJournal(dbName: string, entries: readonly JournalEntry[]): boolean {
  const s = storage();
  // Nothing to keep is never a failure, even without storage (a leftover key replays as no-ops).
  if (!s) return entries.length === 0;
  try {
    if (entries.length === 0) s.removeItem(journalKey(dbName));
    else s.setItem(journalKey(dbName), JSON.stringify(entries));
    return true;
  } catch {
    return entries.length === 0;
  }
}

export type StoredJournal = { key: string; raw: string; entries: JournalEntry[] };

const isEntry = (e: unknown): e is JournalEntry => {
  const x = e as JournalEntry | null;
  return (
    typeof x === 'object' &&
    x !== null &&
    typeof x.table === 'string' &&
    typeof x.id === 'string' &&
    typeof x.patch === 'object' &&
    x.patch !== null
  );
};

/** Every tab's journal for a database (this page load's own excluded: it has queued nothing yet). */
export function readJournals(dbName: string): StoredJournal[] {
  const s = storage();
  if (!s) return [];
  const prefix = `${PREFIX}${dbName}:`;
  const out: StoredJournal[] = [];
  try {
    for (let i = 0; i < s.length; i++) {
      const key = s.key(i);
      if (!key?.startsWith(prefix) || key === journalKey(dbName)) continue;
      const raw = s.getItem(key);
      if (raw === null) continue;
      let entries: JournalEntry[] = [];
      try {
        const parsed: unknown = JSON.parse(raw);
        entries = Array.isArray(parsed) ? parsed.filter(isEntry) : [];
      } catch {
        entries = []; // Unreadable: nothing can be replayed from it; removed below like an empty one.
      }
      out.push({ key, raw, entries });
    }
  } catch {
    return [];
  }
  return out;
}

/** Whether a journal still holds what was read (its tab has not queued nor written anything since). */
export function journalUnchanged(journal: StoredJournal): boolean {
  try {
    return storage()?.getItem(journal.key) === journal.raw;
  } catch {
    return false;
  }
}

/** Removes a replayed journal, unless its tab wrote a newer one since it was read. */
export function removeJournalIfUnchanged(journal: StoredJournal) {
  const s = storage();
  try {
    if (journalUnchanged(journal)) s?.removeItem(journal.key);
  } catch {
    // Left in place: replaying it again is harmless.
  }
}
