// Every unit test gets a fresh in-memory IndexedDB.
import 'fake-indexeddb/auto';
import { afterEach, beforeEach } from 'vitest';
import { openDatabase, setDatabase, getDb } from '../../src/db/db';
import { resetAutosave } from '../../src/db/autosave';

let n = 0;
beforeEach(() => {
  setDatabase(openDatabase(`test-${process.pid}-${n++}`));
});
afterEach(async () => {
  resetAutosave();
  const db = getDb();
  db.close();
  await db.delete();
  setDatabase(null);
});
