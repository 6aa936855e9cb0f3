// Opens the database at start-up and watches it while the app runs:
// - made by a newer version of the app: do not open it (Dexie would open it anyway and could
//   even patch its schema); the data is left untouched and a screen explains;
// - an upgrade (migration) fails: IndexedDB rolls the upgrade back, so the data stays as it was
//   and the same upgrade runs again on the next start;
// - IndexedDB unavailable (private modes, storage disabled): keep working in memory for this
//   session (fake-indexeddb, loaded only then), so every screen and export still work;
// - a newer tab wants to upgrade: flush, stop writing, ask for a reload (never reopen);
// - this tab's upgrade is blocked by an older tab: say so until that tab closes;
// - edits an earlier page load journalled but could not write before it went away (reload, closed
//   tab) are replayed once the database is open, before start-up resolves (journal-replay.ts).
import Dexie from 'dexie';
import { openDatabase, setDatabase, DB_NAME, type WorkbookDb } from './db';
import { migrations as shippedMigrations } from './migrations';
import { hasJournals } from './journal-check';
import type { Migration } from './migrations/types';
import { reportUnexpected } from '../lib/unexpected-error';
import type { StorageErrorReason } from './storage-errors';
import {
  healthAfterVersionChange,
  runBeforeRelease,
  setStorageHealth,
  type StorageMode,
} from './storage-health';

export type StartOptions = {
  name?: string;
  migrations?: readonly Migration[];
  /** null: behave as if the browser had no IndexedDB (tests). */
  indexedDB?: IDBFactory | null;
};

/** Dexie stores version n as IndexedDB version n * 10 (plus small schema patches). */
const dexieVersion = (native: number) => Math.floor(native / 10);

/** The stored database's version, or null if there is none; never creates one. */
export function installedVersion(idb: IDBFactory, name: string): Promise<number | null> {
  return new Promise((resolve, reject) => {
    let created = false;
    const req = idb.open(name);
    req.onupgradeneeded = () => {
      // It did not exist: abort, so probing leaves no empty database behind.
      created = true;
      req.transaction?.abort();
    };
    req.onsuccess = () => {
      const version = req.result.version;
      req.result.close();
      resolve(version);
    };
    req.onerror = (event) => {
      event.preventDefault?.();
      if (created) resolve(null);
      else reject(req.error ?? new Error('IndexedDB open failed'));
    };
  });
}

export async function startStorage(options: StartOptions = {}): Promise<StorageMode> {
  const name = options.name ?? DB_NAME;
  const list = options.migrations ?? shippedMigrations;
  const latest = list[list.length - 1]!.version;
  const idb = options.indexedDB === undefined ? globalThis.indexedDB : options.indexedDB;
  let installed: number | null;
  try {
    if (!idb) throw Object.assign(new Error('IndexedDB is not available'), { name: 'MissingAPIError' });
    installed = await installedVersion(idb, name);
  } catch (error) {
    return startInMemory(name, list, error);
  }
  if (installed !== null && dexieVersion(installed) > latest) {
    // Anything that still asks for the database gets a closed one: Dexie would otherwise open
    // the newer database as it is (and might even patch its schema).
    const closed = openDatabase(name, { migrations: list });
    closed.close();
    setDatabase(closed);
    setStorageHealth({ mode: 'newer', detail: '', installedVersion: dexieVersion(installed) });
    return 'newer';
  }
  const db = openDatabase(name, { migrations: list });
  watch(db);
  setDatabase(db);
  let resolveBlocked: (m: StorageMode) => void = () => undefined;
  const blocked = new Promise<StorageMode>((r) => (resolveBlocked = r));
  db.on('blocked', () => {
    if (db.isOpen()) return;
    setStorageHealth({ mode: 'blocked', detail: '' });
    resolveBlocked('blocked');
  });
  const opened = db.open().then(
    async (): Promise<StorageMode> => {
      await replayLeftEdits(name);
      setStorageHealth({ mode: 'ok', detail: '' });
      return 'ok';
    },
    async (error: unknown): Promise<StorageMode> => {
      if (installed !== null) {
        // There is stored data we could not open or upgrade: never replace it with an empty
        // database; IndexedDB rolled back the upgrade, so it runs again next time.
        setStorageHealth({ mode: 'upgradeFailed', detail: (await describeError(error)).detail });
        return 'upgradeFailed';
      }
      return startInMemory(name, list, error);
    },
  );
  return Promise.race([opened, blocked]);
}

async function startInMemory(name: string, list: readonly Migration[], error: unknown): Promise<StorageMode> {
  const { IDBFactory, IDBKeyRange } = await import('fake-indexeddb');
  const factory = new IDBFactory();
  // Parts of Dexie (liveQuery among them) read its global dependencies rather than the
  // instance's options: without a browser IndexedDB, point those at the in-memory one too.
  if (!Dexie.dependencies.indexedDB) Object.assign(Dexie.dependencies, { indexedDB: factory, IDBKeyRange });
  const db = openDatabase(name, { migrations: list, indexedDB: factory, IDBKeyRange });
  setDatabase(db);
  await db.open();
  setStorageHealth({ mode: 'memory', detail: (await describeError(error)).detail });
  return 'memory';
}

/** Storage errors are put into words only when one happens: that code loads then, off the first screen. */
async function describeError(error: unknown): Promise<StorageErrorReason> {
  try {
    return (await import('./storage-errors')).describeStorageError(error);
  } catch {
    return { kind: 'failed', reasonKey: 'save.failed', detail: String(error).slice(0, 300) };
  }
}

function watch(db: WorkbookDb) {
  db.on('versionchange', (event: IDBVersionChangeEvent) => {
    // Another tab opened a newer version (or is deleting the database). Write what we have,
    // then close for good so that tab can go on; this tab must not write into a newer schema.
    setStorageHealth(healthAfterVersionChange(event.newVersion));
    runBeforeRelease()
      .catch(reportUnexpected)
      .finally(() => db.close({ disableAutoOpen: true }));
    return false; // Dexie's default would close and silently reopen at the newer version.
  });
}

/**
 * Writes what earlier page loads journalled but never stored. A failure keeps the journal for the
 * next start and does not stop this one (the replay code loads only when there is a journal).
 */
async function replayLeftEdits(name: string) {
  if (!hasJournals(name)) return;
  try {
    const { replayJournals } = await import('./journal-replay');
    await replayJournals(name);
  } catch (error) {
    // Kept in localStorage, and the next start tries again; meanwhile the header must not say
    // "All changes saved" over edits that are not in the database.
    const described = await describeError(error);
    const { saveStatusStore } = await import('../lib/save-status');
    saveStatusStore
      .getState()
      .set({ kind: 'error', reasonKey: described.reasonKey, detail: described.detail });
  }
}
