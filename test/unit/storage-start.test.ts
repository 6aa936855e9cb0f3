// Opening the database: another tab upgrading it, this tab blocked by an old one, a database
// made by a newer version, a failing migration, and no IndexedDB at all.
import { describe, expect, it } from 'vitest';
import { SCHEMA_VERSION } from '../../src/db/migrations';
import { flushSaves, queuePatch } from '../../src/db/autosave';
import { exportBackup } from '../../src/db/backup';
import { getDb } from '../../src/db/db';
import { migrations } from '../../src/db/migrations';
import type { Migration } from '../../src/db/migrations/types';
import { startStorage } from '../../src/db/storage-start';
import { storageHealthStore } from '../../src/db/storage-health';
import { createWorkbook, listWorkbooks } from '../../src/db/workbooks';
import { saveStatusStore } from '../../src/lib/save-status';
import { dumpRaw, openRaw, readAll } from './helpers/raw-idb';

let n = 0;
const uniqueName = () => `start-${process.pid}-${n++}`;
const mode = () => storageHealthStore.getState().health.mode;
const v1 = migrations[0]!;

describe('start-up', () => {
  it('opens a fresh database and says all is well', async () => {
    expect(await startStorage({ name: uniqueName() })).toBe('ok');
    expect(mode()).toBe('ok');
    await createWorkbook({ title: 'Plan' });
  });

  it('without IndexedDB keeps working in memory: usable, and export still works', async () => {
    expect(await startStorage({ name: uniqueName(), indexedDB: null })).toBe('memory');
    expect(mode()).toBe('memory');
    const w = await createWorkbook({ title: 'Kept only for this session' });
    queuePatch('workbooks', w.id, { owner: 'Kim' });
    await flushSaves();
    const backup = await exportBackup();
    expect(backup.data.workbooks.map((x) => [x.title, x.owner])).toEqual([
      ['Kept only for this session', 'Kim'],
    ]);
  });

  it('when indexedDB.open throws (storage disabled), falls back to memory', async () => {
    const broken = {
      open: () => {
        throw new DOMException('The user denied permission to access the database.', 'SecurityError');
      },
    } as unknown as IDBFactory;
    expect(await startStorage({ name: uniqueName(), indexedDB: broken })).toBe('memory');
    await createWorkbook({ title: 'Plan' });
    expect(await listWorkbooks()).toHaveLength(1);
  });

  it('a database made by a newer version is not opened, and its data is left alone', async () => {
    const name = uniqueName();
    const future = (SCHEMA_VERSION + 1) * 10;
    const raw = await openRaw(name, future, (db) => {
      db.createObjectStore('workbooks', { keyPath: 'id' }).put({ id: 'w1', title: 'From the future' });
    });
    const before = await dumpRaw(raw);
    raw.close();
    expect(await startStorage({ name })).toBe('newer');
    expect(storageHealthStore.getState().health).toMatchObject({
      mode: 'newer',
      installedVersion: SCHEMA_VERSION + 1,
    });
    const again = await openRaw(name);
    expect(again.version).toBe(future);
    expect(await dumpRaw(again)).toBe(before);
    again.close();
  });

  it('a failing migration leaves the data as it was and runs again next time', async () => {
    const name = uniqueName();
    expect(await startStorage({ name, migrations: [v1] })).toBe('ok');
    const w = await createWorkbook({ title: 'Before the upgrade' });
    getDb().close();
    const raw = await openRaw(name);
    const before = await dumpRaw(raw);
    raw.close();

    let runs = 0;
    const failing: Migration = {
      version: 2,
      stores: {},
      upgrade: async (tx) => {
        runs++;
        await tx.table('workbooks').toCollection().modify({ title: 'Half migrated' });
        throw new Error('migration bug');
      },
    };
    expect(await startStorage({ name, migrations: [v1, failing] })).toBe('upgradeFailed');
    expect(runs).toBe(1);
    const after = await openRaw(name);
    expect(after.version).toBe(10);
    expect(await dumpRaw(after)).toBe(before);
    after.close();

    const fixed: Migration = {
      version: 2,
      stores: {},
      upgrade: async (tx) => {
        runs++;
        await tx.table('workbooks').toCollection().modify({ organisation: 'Migrated' });
      },
    };
    expect(await startStorage({ name, migrations: [v1, fixed] })).toBe('ok');
    expect(runs).toBe(2);
    expect((await getDb().workbooks.get(w.id))!).toMatchObject({
      title: 'Before the upgrade',
      organisation: 'Migrated',
    });
  });

  it('a newer tab upgrading the database: this tab saves what it has, stops writing, asks for a reload', async () => {
    const name = uniqueName();
    await startStorage({ name });
    const w = await createWorkbook({ title: 'Plan' });
    queuePatch('workbooks', w.id, { owner: 'typed just before the upgrade' });
    // Another tab opens the next version of the app.
    const newer = await openRaw(name, (SCHEMA_VERSION + 1) * 10);
    expect(mode()).toBe('stopped');
    const rows = (await readAll(newer, 'workbooks')) as { owner: string }[];
    expect(rows[0]!.owner).toBe('typed just before the upgrade');

    queuePatch('workbooks', w.id, { owner: 'typed after' });
    await flushSaves();
    expect(saveStatusStore.getState().state).toMatchObject({
      kind: 'error',
      reasonKey: 'save.versionChange',
    });
    expect(((await readAll(newer, 'workbooks')) as { owner: string }[])[0]!.owner).toBe(
      'typed just before the upgrade',
    );
    expect(getDb().isOpen()).toBe(false);
    newer.close();
  });

  it('this tab blocked by an old tab says so, and goes on when the old tab closes', async () => {
    const name = uniqueName();
    const old = await openRaw(name, 10, (db) => {
      for (const table of Object.keys(v1.stores))
        db.createObjectStore(table, { keyPath: table === 'meta' ? 'key' : 'id' });
    });
    old.onversionchange = () => undefined; // an old tab that does not let go
    const next: Migration = { version: 2, stores: {} };
    expect(await startStorage({ name, migrations: [v1, next] })).toBe('blocked');
    expect(mode()).toBe('blocked');
    old.close();
    await getDb().open();
    await new Promise((r) => setTimeout(r, 10));
    expect(mode()).toBe('ok');
    expect(getDb().verno).toBe(2);
  });
});
