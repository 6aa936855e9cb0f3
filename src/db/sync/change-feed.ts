// The one place every write to a workbook's records passes, seen from below: Dexie's table hooks
// fire for every add, put, update and delete, whichever module made it (records.ts, the autosave,
// the journal replay, an import, a copy). Sync subscribes here; nothing is hooked until it does,
// so with sync off the write path is exactly as before. Changes are reported once their
// transaction has committed, with the names of the fields that changed; a transaction marked
// remote (sync applying a peer's edit) is reported as such, so it is not sent back.
import { tableNames, type TableName } from '../../domain/tables';
import type { WorkbookDb } from '../db';

export type CommittedChange = {
  table: TableName;
  id: string;
  /** The record as stored after the write. */
  value: Record<string, unknown>;
  /** Fields the write changed ('all' for a new record). */
  fields: 'all' | string[];
  /** The workbook it belongs to (a workbook is its own). */
  workbookId: string;
};
export type ChangeListener = (changes: CommittedChange[], remote: boolean) => void;
/** Called synchronously as a write succeeds, before its transaction commits (dirty markers). */
export type WriteListener = (change: CommittedChange, remote: boolean) => void;

type Tx = { idbtrans: IDBTransaction };
type Feed = { listeners: Set<ChangeListener>; writeListeners: Set<WriteListener>; stop: () => void };
const feeds = new WeakMap<WorkbookDb, Feed>();
const pendingByTx = new WeakMap<IDBTransaction, CommittedChange[]>();
const remoteTxs = new WeakSet<IDBTransaction>();

/** Marks the transaction running now (pass Dexie's) as sync applying remote edits. */
export const markRemote = (tx: Tx) => remoteTxs.add(tx.idbtrans);

const workbookOf = (table: TableName, id: string, value: Record<string, unknown>) =>
  table === 'workbooks' ? id : typeof value.workbookId === 'string' ? value.workbookId : null;

function install(db: WorkbookDb): Feed {
  const feed: Feed = { listeners: new Set(), writeListeners: new Set(), stop: () => undefined };
  const note = (tx: Tx, change: CommittedChange) => {
    const idb = tx.idbtrans;
    for (const listener of feed.writeListeners) listener(change, remoteTxs.has(idb));
    let list = pendingByTx.get(idb);
    if (!list) {
      list = [];
      pendingByTx.set(idb, list);
      const remote = remoteTxs.has(idb);
      idb.addEventListener('complete', () => {
        for (const listener of feed.listeners) listener(list!, remote);
      });
    }
    list.push(change);
  };
  const unhook: (() => void)[] = [];
  for (const table of tableNames) {
    const creating = function (this: { onsuccess?: () => void }, key: unknown, obj: unknown, tx: Tx) {
      const value = obj as Record<string, unknown>;
      const workbookId = workbookOf(table, String(key), value);
      if (workbookId === null) return;
      this.onsuccess = () => note(tx, { table, id: String(key), value, fields: 'all', workbookId });
    };
    const updating = function (
      this: { onsuccess?: (v: unknown) => void },
      mods: object,
      key: unknown,
      obj: unknown,
      tx: Tx,
    ) {
      const fields = [...new Set(Object.keys(mods).map((path) => path.split('.')[0]!))];
      this.onsuccess = (stored) => {
        // A put hands over the stored value; an update() gives the old one plus the changes.
        const value =
          stored && typeof stored === 'object'
            ? (stored as Record<string, unknown>)
            : applyMods(obj as Record<string, unknown>, mods as Record<string, unknown>);
        const workbookId = workbookOf(table, String(key), value);
        if (workbookId !== null && fields.length > 0)
          note(tx, { table, id: String(key), value, fields, workbookId });
      };
    };
    db[table].hook('creating', creating as never);
    db[table].hook('updating', updating as never);
    unhook.push(() => {
      db[table].hook('creating').unsubscribe(creating as never);
      db[table].hook('updating').unsubscribe(updating as never);
    });
  }
  feed.stop = () => unhook.forEach((f) => f());
  return feed;
}

function applyMods(old: Record<string, unknown>, mods: Record<string, unknown>) {
  const next: Record<string, unknown> = structuredClone(old);
  for (const [path, v] of Object.entries(mods)) {
    const parts = path.split('.');
    let target = next;
    for (const p of parts.slice(0, -1)) target = (target[p] ??= {}) as Record<string, unknown>;
    if (v === undefined) delete target[parts.at(-1)!];
    else target[parts.at(-1)!] = v;
  }
  return next;
}

/**
 * Subscribes to committed writes of `db` (hard deletes are not reported: records are never hard
 * deleted while a workbook is shared; a delete is the `deletedAt` field). Returns the unsubscribe.
 */
export function watchWrites(db: WorkbookDb, onCommit: ChangeListener, onWrite?: WriteListener): () => void {
  let feed = feeds.get(db);
  if (!feed) {
    feed = install(db);
    feeds.set(db, feed);
  }
  const f = feed;
  f.listeners.add(onCommit);
  if (onWrite) f.writeListeners.add(onWrite);
  return () => {
    f.listeners.delete(onCommit);
    if (onWrite) f.writeListeners.delete(onWrite);
    if (f.listeners.size === 0 && f.writeListeners.size === 0) {
      f.stop();
      feeds.delete(db);
    }
  };
}
