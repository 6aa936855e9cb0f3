// Deleting the database from another tab is told truthfully ("deleted"), not as "a newer version
// was opened"; an upgrade from another tab still says "stopped".
import { describe, expect, it } from 'vitest';
import { SCHEMA_VERSION } from '../../src/db/migrations';
import { startStorage } from '../../src/db/storage-start';
import { healthAfterVersionChange, storageHealthStore } from '../../src/db/storage-health';
import { getDb } from '../../src/db/db';
import { createWorkbook } from '../../src/db/workbooks';
import { openRaw } from './helpers/raw-idb';

let n = 0;
const uniqueName = () => `deleted-${process.pid}-${n++}`;
const mode = () => storageHealthStore.getState().health.mode;

describe('the database deleted by another tab', () => {
  it('maps IndexedDB versionchange events: newVersion null is a deletion', () => {
    expect(healthAfterVersionChange(null).mode).toBe('deleted');
    expect(healthAfterVersionChange(20).mode).toBe('stopped');
  });

  it('another tab deleting the database: this tab lets go and says the data was deleted', async () => {
    const name = uniqueName();
    await startStorage({ name });
    await createWorkbook({ title: 'Plan' });
    await new Promise<void>((resolve, reject) => {
      const req = indexedDB.deleteDatabase(name);
      req.onsuccess = () => resolve();
      req.onerror = () => reject(req.error);
    });
    expect(mode()).toBe('deleted');
    expect(getDb().isOpen()).toBe(false);
  });

  it('another tab upgrading the database still says "stopped"', async () => {
    const name = uniqueName();
    await startStorage({ name });
    const newer = await openRaw(name, (SCHEMA_VERSION + 1) * 10);
    expect(mode()).toBe('stopped');
    newer.close();
  });
});
