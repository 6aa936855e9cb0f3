// Three clients of one workbook document make 300 random operations each (create a record, set a
// field, soft-delete, restore), each going offline now and then and editing its own copy meanwhile;
// after all reconnect, the three copies and the server's are identical. Seeded, so a failure
// replays the same operations.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, expect, it } from 'vitest';
import * as Y from 'yjs';
import { startSyncServer, type SyncServer } from '../../src/server/sync-server';
import {
  connectClient,
  newSecret,
  plainToken,
  registerToken,
  until,
  type TestClient,
} from './helpers/sync-client';

const dataDir = mkdtempSync(join(tmpdir(), 'sync-converge-'));
let server: SyncServer;
const live: TestClient[] = [];

afterEach(async () => {
  for (const c of live) c.destroy();
  await server.stop();
  rmSync(dataDir, { recursive: true, force: true });
});

function seeded(seed: number) {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

it('three clients, 300 random operations each, some offline: identical documents at the end', async () => {
  server = await startSyncServer({ port: 0, dataDir, distDir: join(dataDir, 'none') });
  const edit = newSecret();
  const rnd = seeded(16);
  const pick = <T>(items: T[]) => items[Math.floor(rnd() * items.length)]!;
  const docs = [new Y.Doc(), new Y.Doc(), new Y.Doc()];
  const providers: (TestClient | null)[] = [null, null, null];
  const online = async (i: number, token = plainToken(edit)) => {
    const c = connectClient(server.url, 'wb:converge', token, docs[i]);
    live.push(c);
    providers[i] = c;
    await until(() => c.provider.isSynced, `client ${i} to sync`);
  };
  let offlinePeriods = 0;
  const offline = (i: number) => {
    offlinePeriods++;
    providers[i]?.destroy();
    providers[i] = null;
  };
  await online(0, registerToken(edit, newSecret()));
  await online(1);
  await online(2);

  const ids = Array.from({ length: 12 }, (_, i) => `rec-${i}`);
  const fields = ['title', 'owner', 'site', 'notes'];
  const operate = (doc: Y.Doc, n: number) =>
    doc.transact(() => {
      const table = doc.getMap<Y.Map<unknown>>('scenarios');
      const id = pick(ids);
      let record = table.get(id);
      if (!record) {
        record = new Y.Map();
        table.set(id, record);
        record.set('createdAt', n);
      }
      const roll = rnd();
      if (roll < 0.1) record.set('deletedAt', n);
      else if (roll < 0.15) record.set('deletedAt', null);
      else record.set(pick(fields), `${pick(['정전', 'flood', 'IT', '본사'])} ${n}`);
      record.set('rev', ((record.get('rev') as number | undefined) ?? 0) + 1);
    });

  for (let round = 0; round < 30; round++) {
    // Now and then a client goes offline for a round or comes back.
    for (let i = 0; i < 3; i++) {
      if (providers[i] && rnd() < 0.25) offline(i);
      else if (!providers[i] && rnd() < 0.6) await online(i);
    }
    for (let step = 0; step < 10; step++) for (let i = 0; i < 3; i++) operate(docs[i]!, round * 10 + step);
    await new Promise((done) => setImmediate(done));
  }
  for (let i = 0; i < 3; i++) if (!providers[i]) await online(i);

  // Key order of a Y.Map follows each copy's own integration order, so compare with sorted keys.
  const sorted = (value: unknown): unknown =>
    value && typeof value === 'object'
      ? Object.fromEntries(
          Object.keys(value)
            .sort()
            .map((k) => [k, sorted((value as Record<string, unknown>)[k])]),
        )
      : value;
  const state = (doc: Y.Doc) => JSON.stringify(sorted(doc.getMap('scenarios').toJSON()));
  await until(
    () =>
      docs.every((d) => state(d) === state(docs[0]!)) &&
      providers.every((p) => !p!.provider.hasUnsyncedChanges),
    'the three copies to converge',
    30_000,
  );
  const fresh = connectClient(server.url, 'wb:converge', plainToken(edit));
  live.push(fresh);
  await until(() => fresh.provider.isSynced, 'a fresh client to sync');
  expect(state(fresh.doc)).toBe(state(docs[0]!));
  expect(docs[0]!.getMap('scenarios').size).toBe(12);
  expect(offlinePeriods).toBeGreaterThan(5);
});
