// The one Dexie database of the app. Only src/db/ touches it.
import Dexie, { type Table } from 'dexie';
import type { TableName, TableRecord } from '../domain/tables';
import { migrations as shippedMigrations } from './migrations';
import type { Migration } from './migrations/types';

export const DB_NAME = 'continuity-workbook';

export type MetaRow = { key: string; value: unknown };

export type WorkbookDb = Dexie & { [T in TableName]: Table<TableRecord<T>, string> } & {
  meta: Table<MetaRow, string>;
};

export type OpenOptions = {
  /** Tests pass their own list (e.g. a migration that fails); the app uses the shipped ones. */
  migrations?: readonly Migration[];
  /** Another IndexedDB implementation (the in-memory one when the browser's is unavailable). */
  indexedDB?: IDBFactory;
  IDBKeyRange?: typeof IDBKeyRange;
};

export function openDatabase(name = DB_NAME, options: OpenOptions = {}): WorkbookDb {
  const { migrations = shippedMigrations, indexedDB, IDBKeyRange } = options;
  const db = new Dexie(name, indexedDB && IDBKeyRange ? { indexedDB, IDBKeyRange } : {}) as WorkbookDb;
  for (const m of migrations) {
    const version = db.version(m.version).stores(m.stores);
    if (m.upgrade) version.upgrade(m.upgrade);
  }
  return db;
}

let current: WorkbookDb | null = null;

/** The app's database; tests swap it with setDatabase(openDatabase('test-x')). */
export function getDb(): WorkbookDb {
  current ??= openDatabase();
  return current;
}

export function setDatabase(db: WorkbookDb | null) {
  current = db;
}
