// Plain IndexedDB (no Dexie) for tests that play "another tab" or "another version of the app".
import { IDBObjectStore as FakeObjectStore, IDBTransaction as FakeTransaction } from 'fake-indexeddb';

export function openRaw(
  name: string,
  version?: number,
  upgrade?: (db: IDBDatabase, tx: IDBTransaction, oldVersion: number) => void,
): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const req = version === undefined ? indexedDB.open(name) : indexedDB.open(name, version);
    req.onupgradeneeded = (e) => upgrade?.(req.result, req.transaction!, e.oldVersion);
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error);
  });
}

export function readAll(db: IDBDatabase, store: string): Promise<unknown[]> {
  return new Promise((resolve, reject) => {
    const req = db.transaction(store, 'readonly').objectStore(store).getAll();
    req.onsuccess = () => resolve(req.result as unknown[]);
    req.onerror = () => reject(req.error);
  });
}

/** Every table's rows, sorted, as one string: "byte for byte the same" comparisons. */
export async function dumpRaw(db: IDBDatabase): Promise<string> {
  const out: Record<string, unknown[]> = {};
  for (const name of [...db.objectStoreNames].sort()) out[name] = await readAll(db, name);
  return JSON.stringify(out);
}

type FakeTx = {
  _abort: (errorName: string) => void;
  _start: () => void;
  _state: string;
  _requests: { request: { readyState: string } }[];
  __failOnCommit?: string | null;
};

/**
 * Lets every request of a transaction that writes to `storeName` (any store if omitted) succeed,
 * then aborts the transaction at commit time with the given error, as Chromium does when the disk
 * is full: the QuotaExceededError is only on the transaction, never on a request.
 * Returns a function that removes the fault.
 */
export function failPutsOnTransaction(errorName = 'QuotaExceededError', storeName?: string): () => void {
  const storeProto = FakeObjectStore.prototype as unknown as { put: (...args: unknown[]) => IDBRequest };
  const txProto = FakeTransaction.prototype as unknown as FakeTx;
  const originalPut = storeProto.put;
  const originalStart = txProto._start;
  storeProto.put = function (this: { transaction: FakeTx; name: string }, ...args: unknown[]) {
    if (!storeName || this.name === storeName) this.transaction.__failOnCommit = errorName;
    return originalPut.apply(this, args);
  };
  txProto._start = function (this: FakeTx) {
    const idle = this._requests.every((r) => r.request.readyState === 'done');
    if (this.__failOnCommit && idle && this._state !== 'finished') {
      const name = this.__failOnCommit;
      this.__failOnCommit = null;
      this._abort(name);
      return;
    }
    originalStart.call(this);
  };
  return () => {
    storeProto.put = originalPut;
    txProto._start = originalStart;
  };
}

/** Every store of an open connection, read in one transaction with all requests in flight. */
export function dumpConnection(db: IDBDatabase): Promise<string> {
  const names = [...db.objectStoreNames].sort();
  return new Promise((resolve, reject) => {
    const tx = db.transaction(names, 'readonly');
    const out: Record<string, unknown> = {};
    for (const name of names) {
      const req = tx.objectStore(name).getAll();
      req.onsuccess = () => (out[name] = req.result);
    }
    tx.oncomplete = () => resolve(JSON.stringify(out));
    tx.onerror = () => reject(tx.error);
  });
}
