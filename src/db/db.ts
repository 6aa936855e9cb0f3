// The one Dexie database of the app. Only src/db/ touches it.
import Dexie, { type Table } from 'dexie';
import type { TableName, TableRecord } from '../domain/tables';
import { migrations } from './migrations';

export const DB_NAME = 'continuity-workbook';

export type MetaRow = { key: string; value: unknown };

export type WorkbookDb = Dexie & { [T in TableName]: Table<TableRecord<T>, string> } & {
  meta: Table<MetaRow, string>;
};

export function openDatabase(name = DB_NAME): WorkbookDb {
  const db = new Dexie(name) as WorkbookDb;
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
