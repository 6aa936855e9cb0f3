// Sync between devices, in memory: Dexie databases (fake-indexeddb) bound to Yjs documents that
// meet at a hub. Edits go through the app's own write path (records.ts); what arrives is applied
// to each device's database.
import { afterEach, describe, expect, it } from 'vitest';
import { patchRecord, createRecord, softDeleteRecord, undeleteRecord } from '../../src/db/records';
import { createWorkbook } from '../../src/db/workbooks';
import * as Y from 'yjs';
import { exportBackup } from '../../src/db/backup';
import { importBackup } from '../../src/db/backup-import';
import { SCHEMA_VERSION } from '../../src/db/migrations';
import { bindWorkbook } from '../../src/db/sync/binding';
import { dirtyFields } from '../../src/db/sync/dirty-fields';
import { contents, ownerDatabase, SyncNet, type Device } from './helpers/sync-net';

let net: SyncNet;
afterEach(async () => {
  await net.close();
});

/** Owner A with a workbook and one dependency, and B joined to it: both settled. */
async function twoDevices() {
  net = new SyncNet();
  const { db, made } = await ownerDatabase(async () => {
    const wb = await createWorkbook({ title: '계속성 계획' });
    const dep = await createRecord('dependencies', { workbookId: wb.id, area: 'people', name: 'Payroll' });
    return { wb, dep };
  });
  const a = await net.device('a', made.wb.id, { db });
  const b = await net.device('b', made.wb.id);
  await net.settle();
  return { a, b, ...made };
}

async function write<R>(d: Device, op: () => Promise<R>) {
  d.use();
  const r = await op();
  await net.settle();
  return r;
}

describe('sync binding', () => {
  it('an edit on one device reaches the other device’s database', async () => {
    const { a, b, dep } = await twoDevices();
    expect((await b.db.dependencies.get(dep.id))?.name).toBe('Payroll');
    await write(a, () => patchRecord('dependencies', dep.id, { notes: '급여 담당' }));
    expect((await b.db.dependencies.get(dep.id))?.notes).toBe('급여 담당');
    expect((await b.db.workbooks.toArray()).map((w) => w.title)).toEqual(['계속성 계획']);
  });

  it('offline edits to different fields of one record both survive', async () => {
    const { a, b, dep } = await twoDevices();
    net.disconnect(b);
    await write(a, () => patchRecord('dependencies', dep.id, { name: 'Payroll system' }));
    await write(b, () => patchRecord('dependencies', dep.id, { notes: 'Run by HR' }));
    net.connect(b);
    await net.settle();
    for (const d of [a, b]) {
      expect(await d.db.dependencies.get(dep.id)).toMatchObject({
        name: 'Payroll system',
        notes: 'Run by HR',
      });
    }
    expect(a.lost).toEqual([]);
    expect(b.lost).toEqual([]);
  });

  it('the same field edited on two devices: one value everywhere, and the loser is told what it lost', async () => {
    const { a, b, dep } = await twoDevices();
    net.disconnect(b);
    await write(a, () => patchRecord('dependencies', dep.id, { notes: 'from A' }));
    await write(b, () => patchRecord('dependencies', dep.id, { notes: 'from B' }));
    net.connect(b);
    await net.settle();
    const [ra, rb] = [await a.db.dependencies.get(dep.id), await b.db.dependencies.get(dep.id)];
    expect(ra).toEqual(rb);
    const winner = ra!.notes;
    expect(['from A', 'from B']).toContain(winner);
    const [loser, other] = winner === 'from A' ? [b, a] : [a, b];
    expect(loser.lost).toEqual([
      {
        table: 'dependencies',
        id: dep.id,
        field: 'notes',
        lost: winner === 'from A' ? 'from B' : 'from A',
        kept: winner,
      },
    ]);
    expect(other.lost).toEqual([]);
  });

  it('a later edit that saw ours is not a conflict', async () => {
    const { a, b, dep } = await twoDevices();
    await write(a, () => patchRecord('dependencies', dep.id, { notes: 'first' }));
    await write(b, () => patchRecord('dependencies', dep.id, { notes: 'second' }));
    expect((await a.db.dependencies.get(dep.id))?.notes).toBe('second');
    expect(a.lost).toEqual([]);
  });

  it('a delete is a tombstone: an offline edit elsewhere survives, and undo brings the record back', async () => {
    const { a, b, dep } = await twoDevices();
    net.disconnect(b);
    await write(a, () => softDeleteRecord('dependencies', dep.id));
    await write(b, () => patchRecord('dependencies', dep.id, { notes: 'kept' }));
    net.connect(b);
    await net.settle();
    for (const d of [a, b]) {
      const r = await d.db.dependencies.get(dep.id);
      expect(r?.deletedAt).not.toBeNull();
      expect(r?.notes).toBe('kept');
    }
    await write(b, () => undeleteRecord('dependencies', dep.id));
    expect((await a.db.dependencies.get(dep.id))?.deletedAt).toBeNull();
  });

  it('an older app refuses to write to a document of a newer schema, and says which versions', async () => {
    const { a, wb, dep } = await twoDevices();
    const refusals: unknown[] = [];
    const old = await net.device('old', wb.id, {
      schemaVersion: SCHEMA_VERSION - 1,
      onRefused: (r) => refusals.push(r),
    });
    expect(old.binding.refusal).toEqual({
      reason: 'newerSchema',
      docVersion: SCHEMA_VERSION,
      appVersion: SCHEMA_VERSION - 1,
    });
    expect(refusals).toHaveLength(1);
    // The old device writes locally; nothing of it enters the shared document.
    await write(old, () => createRecord('dependencies', { workbookId: wb.id, area: 'systems', name: 'Old' }));
    expect((await a.db.dependencies.toArray()).map((d) => d.name)).toEqual([
      (await a.db.dependencies.get(dep.id))!.name,
    ]);
  });

  it('a peer cannot write records into another workbook through this one’s document', async () => {
    const { a, b, wb } = await twoDevices();
    b.use();
    const other = await createWorkbook({ title: 'Other' });
    await net.settle();
    // A record claiming another workbook, written straight into the shared document by a peer.
    const { tableMap } = await import('../../src/db/sync/sync-doc');
    const Y = await import('yjs');
    b.doc.transact(() => {
      const m = new Y.Map<unknown>();
      m.set('workbookId', other.id);
      tableMap(b.doc, 'dependencies').set('intruder', m);
    });
    await net.settle();
    expect(await a.db.dependencies.get('intruder')).toBeUndefined();
    expect(await a.db.workbooks.get(other.id)).toBeUndefined();
    expect(wb.id).not.toBe(other.id);
  });

  it('three devices, 300 random operations each, some offline: identical databases at the end', async () => {
    const { a, b, wb, dep } = await twoDevices();
    const c = await net.device('c', wb.id);
    await net.settle();
    const devices = [a, b, c];
    let seed = Number(process.env.SYNC_SEED ?? 16);
    const random = () => {
      // mulberry32: seeded, so a failure replays exactly.
      seed = (seed + 0x6d2b79f5) | 0;
      let t = seed;
      t = Math.imul(t ^ (t >>> 15), t | 1);
      t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
      return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
    };
    const pick = <T>(xs: T[]) => xs[Math.floor(random() * xs.length)]!;
    const ids = [dep.id];
    for (let i = 0; i < 900; i++) {
      const d = devices[i % 3]!;
      const r = random();
      if (r < 0.05) {
        if (d.online) net.disconnect(d);
        else net.connect(d);
      }
      d.use();
      const op = random();
      const id = pick(ids);
      const exists = (await d.db.dependencies.get(id)) !== undefined;
      if (op < 0.15 || !exists) {
        const made = await createRecord('dependencies', {
          workbookId: wb.id,
          area: pick(['people', 'location', 'systems'] as const),
          name: `n${i}`,
        });
        ids.push(made.id);
      } else if (op < 0.5) await patchRecord('dependencies', id, { name: `name ${i} ${d.name}` });
      else if (op < 0.8) await patchRecord('dependencies', id, { notes: `메모 ${i}` });
      else if (op < 0.9) await softDeleteRecord('dependencies', id);
      else await undeleteRecord('dependencies', id);
      await net.settle();
    }
    const wentOffline = devices.filter((d) => !d.online).length;
    for (const d of devices) if (!d.online) net.connect(d);
    await net.settle();
    const [ca, cb, cc] = await Promise.all(devices.map((d) => contents(d.db)));
    expect(cb).toEqual(ca);
    expect(cc).toEqual(ca);
    expect(ca!.dependencies!.length).toBeGreaterThan(50);
    expect(wentOffline).toBeGreaterThan(0);
    // Concurrent edits of one field happened, and each was reported to the device that lost it.
    expect(devices.reduce((sum, d) => sum + d.lost.length, 0)).toBeGreaterThan(0);
  });
});

describe('sync binding: nothing lost', () => {
  it('a tab closed offline before its edit reached the document: the next start sends it, beside a peer’s edit', async () => {
    const { a, b, wb, dep } = await twoDevices();
    const storage = new Map<string, string>();
    const memory = {
      getItem: (k: string) => storage.get(k) ?? null,
      setItem: (k: string, v: string) => void storage.set(k, v),
    };
    // B's tab: its document copy as saved before the edit, and its dirty markers in "localStorage".
    b.binding.stop();
    net.disconnect(b);
    const saved = Y.encodeStateAsUpdate(b.doc);
    const tab = bindWorkbook(b.db, new Y.Doc(), wb.id, { dirty: dirtyFields('b-tab', memory) });
    await tab.start();
    b.use();
    await patchRecord('dependencies', dep.id, { notes: 'typed offline, then the tab closed' });
    await net.settle();
    tab.stop(); // the document update never reached disk: only the database and the markers did
    // Meanwhile A changes another field.
    await write(a, () => patchRecord('dependencies', dep.id, { name: 'Payroll (A)' }));
    // B starts again: its saved copy, the markers, then the network.
    const doc = new Y.Doc();
    Y.applyUpdate(doc, saved);
    net.devices.splice(net.devices.indexOf(b), 1);
    const again = await net.device('b2', wb.id, {
      db: b.db,
      doc,
      offline: true,
      dirty: dirtyFields('b-tab', memory),
    });
    net.connect(again);
    await net.settle();
    for (const d of [a, again]) {
      expect(await d.db.dependencies.get(dep.id)).toMatchObject({
        name: 'Payroll (A)',
        notes: 'typed offline, then the tab closed',
      });
    }
  });

  it('importing a backup with Replace into a shared workbook reaches the other device', async () => {
    const { a, b, wb, dep } = await twoDevices();
    a.use();
    const backup = await exportBackup([wb.id]);
    await write(a, () => patchRecord('dependencies', dep.id, { notes: 'after the backup' }));
    expect((await b.db.dependencies.get(dep.id))?.notes).toBe('after the backup');
    await write(a, () => importBackup(backup, { [wb.id]: 'replace' }));
    expect((await b.db.dependencies.get(dep.id))?.notes).toBe('');
    // The set-aside copy of the replaced version is another workbook: it stays on A.
    expect(await b.db.workbooks.count()).toBe(1);
    expect(await a.db.workbooks.count()).toBe(2);
  });
});

describe('sync settings', () => {
  it('stay on this device: a backup of the shared workbook holds no secret', async () => {
    net = new SyncNet();
    const { writeSyncSettings, readSyncSettings } = await import('../../src/db/sync/settings');
    const { db, made: wb } = await ownerDatabase(() => createWorkbook({ title: 'Shared' }));
    const secret = 'S'.repeat(43);
    const settings = {
      server: 'https://bcp.example.org',
      secret,
      readSecret: 'R'.repeat(43),
      readOnly: false,
      register: false,
      rotateTo: null,
    };
    await writeSyncSettings(wb.id, settings);
    expect(await readSyncSettings(wb.id)).toEqual(settings);
    const text = JSON.stringify(await exportBackup([wb.id]));
    expect(text).toContain('Shared');
    expect(text).not.toContain(secret);
    expect(text).not.toContain('R'.repeat(43));
    db.close();
  });
});
