// The server's SQLite file: each document's Yjs updates (each written before the server applies and
// acknowledges it, so a killed server loses nothing it acknowledged; compacted to one merged update
// when Hocuspocus stores the document) and each document's credential hashes. Never a secret: only SHA-256 hashes. The
// interface is asynchronous so that PostgreSQL (store-postgres.ts) can stand in for it; SQLite
// itself answers at once.
import Database from 'better-sqlite3';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import * as Y from 'yjs';

export type Credentials = { editHash: string; readHash: string };

export type SyncStore = {
  /** Where the data is, for the log (never a password). */
  where: string;
  loadDocument(name: string): Promise<Uint8Array | null>;
  /** Resolves once `update` is durably written (committed); the server acknowledges it only then. */
  appendUpdate(name: string, update: Uint8Array): Promise<void>;
  /** Replaces the stored updates with one: `state` merged with every row stored so far (another
   * server sharing the store may have written rows this one has not applied yet). */
  compactDocument(name: string, state: Uint8Array): Promise<void>;
  credentials(name: string): Promise<Credentials | null>;
  /** Registers credentials unless some exist already; returns the ones in force. */
  register(name: string, credentials: Credentials): Promise<Credentials>;
  replaceCredentials(name: string, credentials: Credentials): Promise<void>;
  /** Finishes the writes under way, then closes. */
  close(): Promise<void>;
};

/** Merges a document's stored updates into one (null: no such document). */
export const mergeStored = (rows: Uint8Array[]) =>
  rows.length === 0 ? null : rows.length === 1 ? rows[0]! : Y.mergeUpdates(rows);

export function openSyncStore(dataDir: string): SyncStore {
  mkdirSync(dataDir, { recursive: true });
  const file = join(dataDir, 'sync.sqlite');
  const db = new Database(file);
  // WAL with synchronous=NORMAL: a committed write survives a killed process (not a power cut).
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = NORMAL');
  db.exec(`
    CREATE TABLE IF NOT EXISTS doc_updates (
      id INTEGER PRIMARY KEY AUTOINCREMENT,
      name TEXT NOT NULL,
      data BLOB NOT NULL
    );
    CREATE INDEX IF NOT EXISTS doc_updates_name ON doc_updates (name, id);
    CREATE TABLE IF NOT EXISTS credentials (
      name TEXT PRIMARY KEY,
      edit_hash TEXT NOT NULL,
      read_hash TEXT NOT NULL,
      updated_at TEXT NOT NULL
    );
  `);
  const selectUpdates = db.prepare<[string], { data: Buffer }>(
    'SELECT data FROM doc_updates WHERE name = ? ORDER BY id',
  );
  const insertUpdate = db.prepare<[string, Buffer]>('INSERT INTO doc_updates (name, data) VALUES (?, ?)');
  const deleteUpdates = db.prepare<[string]>('DELETE FROM doc_updates WHERE name = ?');
  const selectCredentials = db.prepare<[string], { edit_hash: string; read_hash: string }>(
    'SELECT edit_hash, read_hash FROM credentials WHERE name = ?',
  );
  const insertCredentials = db.prepare<[string, string, string, string]>(
    'INSERT OR IGNORE INTO credentials (name, edit_hash, read_hash, updated_at) VALUES (?, ?, ?, ?)',
  );
  const updateCredentials = db.prepare<[string, string, string, string]>(
    'UPDATE credentials SET edit_hash = ?, read_hash = ?, updated_at = ? WHERE name = ?',
  );
  const compact = db.transaction((name: string, state: Uint8Array) => {
    const rows = selectUpdates.all(name).map((row) => new Uint8Array(row.data));
    deleteUpdates.run(name);
    insertUpdate.run(name, Buffer.from(mergeStored([state, ...rows])!));
  });
  let closed = false;

  const credentials = (name: string): Credentials | null => {
    const row = selectCredentials.get(name);
    return row ? { editHash: row.edit_hash, readHash: row.read_hash } : null;
  };

  return {
    where: file,
    loadDocument: (name) =>
      Promise.resolve(mergeStored(selectUpdates.all(name).map((row) => new Uint8Array(row.data)))),
    appendUpdate(name, update) {
      if (closed) return Promise.reject(new Error('the store is closed'));
      try {
        insertUpdate.run(name, Buffer.from(update));
        return Promise.resolve();
      } catch (error) {
        return Promise.reject(error instanceof Error ? error : new Error(String(error)));
      }
    },
    compactDocument(name, state) {
      // IMMEDIATE: the write lock is taken before the rows are read, so none is deleted unread.
      if (!closed) compact.immediate(name, state);
      return Promise.resolve();
    },
    credentials: (name) => Promise.resolve(credentials(name)),
    register(name, creds) {
      insertCredentials.run(name, creds.editHash, creds.readHash, new Date().toISOString());
      return Promise.resolve(credentials(name)!);
    },
    replaceCredentials(name, creds) {
      updateCredentials.run(creds.editHash, creds.readHash, new Date().toISOString(), name);
      return Promise.resolve();
    },
    close() {
      if (!closed) db.close();
      closed = true;
      return Promise.resolve();
    },
  };
}
