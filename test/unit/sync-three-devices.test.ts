// The whole sync path at once: the real sync server on loopback (SQLite in a temp folder) and three
// devices, each with its own Dexie database bound to its own Y.Doc through the app's binding and
// connected by a real Hocuspocus provider over `ws`, made as src/features/sync/connection.ts makes
// it. Each device makes 300 random operations through the app's write path (create, patch fields,
// soft delete, restore) in several tables, and goes offline (provider disconnected) for stretches,
// editing meanwhile. At the end every table of the three databases is identical, and each database
// holds what the shared document holds: a remote update not applied to Dexie fails it.
// Seeded (16 unless SYNC_SEED=<n> is set): the seed is printed, and a seed replays its operations.
import { HocuspocusProvider } from '@hocuspocus/provider';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import WebSocket from 'ws';
import { afterEach, expect, it } from 'vitest';
import * as Y from 'yjs';
import { openDatabase, setDatabase, type WorkbookDb } from '../../src/db/db';
import { createRecord, patchRecord, softDeleteRecord, undeleteRecord } from '../../src/db/records';
import { bindWorkbook, type Binding, type LostEdit } from '../../src/db/sync/binding';
import { dirtyFields } from '../../src/db/sync/dirty-fields';
import { tableMap } from '../../src/db/sync/sync-doc';
import { createWorkbook } from '../../src/db/workbooks';
import { tableNames } from '../../src/domain/tables';
import { startSyncServer, type SyncServer } from '../../src/server/sync-server';
import { contents } from './helpers/sync-net';
import { newSecret, plainToken, registerToken, until } from './helpers/sync-client';

type Device = {
  name: string;
  db: WorkbookDb;
  doc: Y.Doc;
  binding: Binding;
  provider: HocuspocusProvider;
  lost: LostEdit[];
  online: boolean;
  started: Promise<void> | null;
};

const dataDir = mkdtempSync(join(tmpdir(), 'sync-three-'));
let server: SyncServer | null = null;
const devices: Device[] = [];

afterEach(async () => {
  for (const d of devices) {
    d.provider.destroy();
    d.binding.stop();
    d.doc.destroy();
    d.db.close();
    await d.db.delete();
  }
  setDatabase(null);
  await server?.stop();
  rmSync(dataDir, { recursive: true, force: true });
});

/** mulberry32: small, seeded, the same sequence on every machine. */
function seeded(seed: number) {
  let s = seed | 0;
  return () => {
    s = (s + 0x6d2b79f5) | 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * A device as the app makes one: its database, a document bound to it, and a provider like
 * connection.ts's (fast reconnects; the binding starts once the server's copy is here, as on a
 * device's first connection; the server's confirmation clears the dirty markers).
 */
function device(name: string, db: WorkbookDb, url: string, workbookId: string, token: string): Device {
  const doc = new Y.Doc();
  const lost: LostEdit[] = [];
  const binding = bindWorkbook(db, doc, workbookId, {
    dirty: dirtyFields(`three-${name}`, null),
    onLost: (edit) => lost.push(edit),
  });
  const d: Device = { name, db, doc, binding, lost, online: true, started: null, provider: null as never };
  d.provider = new HocuspocusProvider({
    url: `${url.replace(/^http/, 'ws')}/sync`,
    name: `wb:${workbookId}`,
    document: doc,
    token,
    // Node has no WebSocket of its own on 20; the provider hands these to the socket it makes.
    ...({ WebSocketPolyfill: WebSocket, minDelay: 50, maxDelay: 500 } as object),
    onSynced: () => {
      d.started ??= binding.start();
    },
    onUnsyncedChanges: ({ number }) => {
      if (number === 0 && d.provider.isSynced) binding.confirm();
    },
  });
  devices.push(d);
  return d;
}

const synced = (d: Device) => d.provider.isSynced && !d.provider.hasUnsyncedChanges;
const sameState = (a: Y.Doc, b: Y.Doc) =>
  Buffer.from(Y.encodeStateVector(a)).equals(Buffer.from(Y.encodeStateVector(b)));

it('three devices through the real server, 300 random operations each, some offline: identical databases', async () => {
  // A fixed default keeps every CI run's operations the same; SYNC_SEED tries others.
  const seed = Number(process.env.SYNC_SEED ?? 16);
  console.log(`sync-three-devices: seed ${seed} (replay with SYNC_SEED=${seed})`);
  const random = seeded(seed);
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(random() * xs.length)]!;

  server = await startSyncServer({ port: 0, dataDir, distDir: join(dataDir, 'none') });
  const edit = newSecret();
  const dbs = ['a', 'b', 'c'].map((n) => openDatabase(`three-${process.pid}-${n}`));
  setDatabase(dbs[0]!);
  const wb = await createWorkbook({ title: '세 기기 계획' });
  const first = await createRecord('dependencies', { workbookId: wb.id, area: 'people', name: 'Payroll' });

  const a = device('a', dbs[0]!, server.url, wb.id, registerToken(edit, newSecret()));
  await until(() => a.started !== null, 'the owner to sync');
  await a.started;
  await until(() => synced(a), 'the owner’s records to reach the server');
  const b = device('b', dbs[1]!, server.url, wb.id, plainToken(edit));
  const c = device('c', dbs[2]!, server.url, wb.id, plainToken(edit));
  await until(() => b.started !== null && c.started !== null, 'the others to sync');
  await Promise.all([b.started, c.started]);
  const all = [a, b, c];

  // Records anyone made so far, by table: every device picks from these (one it has not received
  // yet is made anew instead, as a person would).
  const ids: Record<'dependencies' | 'contacts' | 'scenarios', string[]> = {
    dependencies: [first.id],
    contacts: [],
    scenarios: [],
  };
  const tables = Object.keys(ids) as (keyof typeof ids)[];
  let offlineStretches = 0;
  const connectErrors: unknown[] = [];
  const reconnect = (d: Device) => {
    d.provider.connect().catch((error: unknown) => connectErrors.push(error));
  };
  const counts = { create: 0, patch: 0, delete: 0, restore: 0 };

  for (let i = 0; i < 900; i++) {
    const d = all[i % 3]!;
    // Now and then a device goes offline for a stretch, or comes back.
    if (random() < 0.04) {
      if (d.online) {
        d.provider.disconnect();
        offlineStretches++;
      } else reconnect(d);
      d.online = !d.online;
    }
    setDatabase(d.db);
    const table = pick(tables);
    const id = ids[table].length ? pick(ids[table]) : null;
    const exists = id !== null && (await d.db[table].get(id)) !== undefined;
    const op = random();
    const tag = `${d.name}${i}`;
    if (!exists || op < 0.15) {
      counts.create++;
      const made =
        table === 'dependencies'
          ? await createRecord(table, {
              workbookId: wb.id,
              area: pick(['people', 'location', 'systems']),
              name: tag,
            })
          : table === 'contacts'
            ? await createRecord(table, { workbookId: wb.id, name: `연락처 ${tag}` })
            : await createRecord(table, { workbookId: wb.id, title: `정전 ${tag}`, areas: ['people'] });
      ids[table].push(made.id);
    } else if (op < 0.8) {
      counts.patch++;
      if (table === 'dependencies')
        await patchRecord(table, id!, random() < 0.5 ? { name: `name ${tag}` } : { notes: `메모 ${tag}` });
      else if (table === 'contacts')
        await patchRecord(table, id!, random() < 0.5 ? { role: `역할 ${tag}` } : { team: `team ${tag}` });
      else
        await patchRecord(
          table,
          id!,
          random() < 0.5 ? { description: `설명 ${tag}` } : { likelihood: 1 + Math.floor(random() * 5) },
        );
    } else if (op < 0.92) {
      counts.delete++;
      await softDeleteRecord(table, id!);
    } else {
      counts.restore++;
      await undeleteRecord(table, id!);
    }
    // Let the sockets and the binding's queue move between operations (no fixed wait).
    if (i % 3 === 2) await new Promise((done) => setImmediate(done));
  }

  for (const d of all) if (!d.online) reconnect(d);
  await until(
    () => all.every(synced) && sameState(a.doc, b.doc) && sameState(a.doc, c.doc),
    'the three documents to converge',
    30_000,
  );
  for (let i = 0; i < 3; i++) {
    await new Promise((done) => setTimeout(done, 0));
    await Promise.all(all.map((d) => d.binding.idle()));
  }

  const [ca, cb, cc] = await Promise.all(all.map((d) => contents(d.db)));
  expect(cb).toEqual(ca);
  expect(cc).toEqual(ca);
  // Each database holds the shared document's records, every table: nothing left unapplied.
  for (const d of all)
    for (const t of tableNames)
      expect([t, (await d.db[t].toArray()).map((r) => r.id).sort()]).toEqual([
        t,
        [...tableMap(d.doc, t).keys()].sort(),
      ]);
  // The run did what it claims: every kind of operation, several tables, offline stretches, conflicts.
  for (const t of tables) expect(ca![t]!.length).toBeGreaterThan(20);
  expect(Object.values(counts).every((n) => n > 20)).toBe(true);
  expect(offlineStretches).toBeGreaterThan(2);
  expect(connectErrors).toEqual([]);
  expect(all.every((d) => d.started !== null)).toBe(true);
  console.log(
    `sync-three-devices: ${JSON.stringify(counts)}, ${offlineStretches} offline stretches, ` +
      `${all.reduce((n, d) => n + d.lost.length, 0)} lost-edit notices`,
  );
}, 120_000);
