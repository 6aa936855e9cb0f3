// A full disk as Chromium reports it, for e2e tests (an init script): once `window.__diskFull` is
// set, a transaction that writes runs all its requests and is then aborted with a
// QuotaExceededError on the transaction itself, the way Chromium fails the commit. The same
// injection every spec uses (storage.spec.ts among them).
export function injectDiskFull() {
  type Flags = { __diskFull?: boolean; __quotaAborts?: number };
  type Watched = IDBTransaction & { __requests?: IDBRequest[]; __fresh?: boolean };
  const w = window as unknown as Flags;
  w.__quotaAborts = 0;
  const count = IDBObjectStore.prototype.count;
  const abortAtCommit = (tx: Watched, store: IDBObjectStore) => {
    const pump = count.call(store);
    pump.onsuccess = () => {
      const busy = tx.__fresh || tx.__requests!.some((r) => r.readyState === 'pending');
      tx.__fresh = false;
      if (busy) return abortAtCommit(tx, store);
      w.__quotaAborts = (w.__quotaAborts ?? 0) + 1;
      const error = new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      Object.defineProperty(tx, 'error', { configurable: true, get: () => error });
      tx.abort();
    };
  };
  const methods = ['put', 'add', 'get', 'getAll', 'getAllKeys', 'getKey', 'count', 'delete', 'clear'];
  for (const proto of [IDBObjectStore.prototype, IDBIndex.prototype] as unknown as Record<
    string,
    (...args: unknown[]) => IDBRequest
  >[]) {
    for (const method of [...methods, 'openCursor', 'openKeyCursor']) {
      const original = proto[method];
      if (!original) continue;
      proto[method] = function (this: IDBObjectStore | IDBIndex, ...args: unknown[]) {
        const request = original.apply(this, args);
        const store = 'objectStore' in this ? this.objectStore : this;
        const tx = store.transaction as Watched;
        if (tx.__requests) {
          tx.__requests.push(request);
          tx.__fresh = true;
        } else if (w.__diskFull && (method === 'put' || method === 'add')) {
          tx.__requests = [request];
          abortAtCommit(tx, store);
        }
        return request;
      };
    }
  }
}

/** For page.evaluate(setDiskFull, true). */
export const setDiskFull = (full: boolean) => {
  (window as unknown as { __diskFull: boolean }).__diskFull = full;
};
