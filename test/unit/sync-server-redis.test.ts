// Several sync servers behind one address: two `npm run sync:server -- --postgres … --redis …`
// processes on different ports share one throwaway PostgreSQL cluster (the data) and one throwaway
// Redis (live documents, presence, store locks). A client on server A and a client on server B edit
// one workbook: each edit reaches the other, both end identical, and both edits are in the shared
// database; a rotation on A closes the connection on B; no password reaches either log. Without
// redis-server or PostgreSQL's binaries it skips, saying why, except in CI (CI=true), where it fails.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, expect, it } from 'vitest';
import * as Y from 'yjs';
import { startPgCluster, type PgCluster } from './helpers/pg-cluster';
import { startRedisServer, type RedisServer } from './helpers/redis-server';
import { missingTool } from './helpers/required-tool';
import { cliChildren, startCli } from './helpers/sync-cli';
import {
  connectClient,
  newSecret,
  plainToken,
  registerToken,
  rotateToken,
  until,
  type TestClient,
} from './helpers/sync-client';

let cluster: PgCluster | null = null;
let redis: RedisServer | null = null;
let skip = '';
const dataDir = mkdtempSync(join(tmpdir(), 'sync-redis-data-'));
const clients: TestClient[] = [];
// Two servers, PostgreSQL and Redis share the machine with the rest of the run: a longer ceiling.
const WAIT = 20_000;

beforeAll(async () => {
  const r = await startRedisServer('redis-pw-not-for-logs');
  const p = 'skip' in r ? null : await startPgCluster();
  if ('skip' in r) skip = r.skip;
  else if (p && 'skip' in p) skip = p.skip;
  redis = 'skip' in r ? null : r;
  cluster = p && !('skip' in p) ? p : null;
}, 60_000);
afterAll(() => {
  for (const c of clients) c.destroy();
  for (const child of cliChildren) child.kill('SIGKILL');
  redis?.stop();
  cluster?.stop();
  rmSync(dataDir, { recursive: true, force: true });
}, 60_000);

const record = (doc: Y.Doc, id: string) => doc.getMap<Y.Map<unknown>>('scenarios').get(id);
const setField = (doc: Y.Doc, id: string, key: string, value: string) =>
  doc.transact(() => {
    const scenarios = doc.getMap<Y.Map<unknown>>('scenarios');
    if (!scenarios.has(id)) scenarios.set(id, new Y.Map());
    scenarios.get(id)!.set(key, value);
  });

it('two servers sharing Redis and PostgreSQL: an edit on A reaches B and back, both end identical, rotation reaches B', async (ctx) => {
  if (!cluster || !redis) return missingTool('sync-server-redis', skip, (note) => ctx.skip(note));
  const pgUrl = cluster.url('test', 'pg-pw-not-for-logs');
  const flags = (dir: string) => [
    '--postgres',
    pgUrl,
    '--redis',
    redis!.url(),
    '--data',
    join(dataDir, dir),
    '--dist',
    join(dataDir, 'none'),
  ];
  const [serverA, serverB] = await Promise.all([startCli(flags('a')), startCli(flags('b'))]);
  expect(serverA.url).not.toBe(serverB.url);
  const connect = (url: string, token: string) => {
    const c = connectClient(url, 'wb:team', token);
    clients.push(c);
    return c;
  };

  const [edit, read, newEdit, newRead] = [newSecret(), newSecret(), newSecret(), newSecret()];
  const a = connect(serverA.url, registerToken(edit, read));
  await until(() => a.provider.isSynced, 'the client on A to sync', WAIT);
  // B reads the credentials A registered from the shared database.
  const b = connect(serverB.url, plainToken(edit));
  await until(() => b.provider.isSynced, 'the client on B to sync', WAIT);

  setField(a.doc, 'r1', 'title', '정전 대응');
  await until(() => record(b.doc, 'r1')?.get('title') === '정전 대응', 'the edit from A on B', WAIT);
  setField(b.doc, 'r1', 'owner', 'Facilities');
  setField(b.doc, 'r2', 'title', 'Flood at HQ');
  await until(() => record(a.doc, 'r2')?.get('title') === 'Flood at HQ', 'the edits from B on A', WAIT);
  await until(
    () => !a.provider.hasUnsyncedChanges && !b.provider.hasUnsyncedChanges,
    'acknowledgements',
    WAIT,
  );
  expect(a.doc.getMap('scenarios').toJSON()).toEqual({
    r1: { title: '정전 대응', owner: 'Facilities' },
    r2: { title: 'Flood at HQ' },
  });
  expect(b.doc.getMap('scenarios').toJSON()).toEqual(a.doc.getMap('scenarios').toJSON());

  // Both servers' edits are in the shared database, whichever server took them.
  const db = new pg.Client({ connectionString: pgUrl });
  await db.connect();
  try {
    const { rows } = await db.query<{ data: Buffer }>(
      "SELECT data FROM doc_updates WHERE name = 'wb:team' ORDER BY id",
    );
    const stored = new Y.Doc();
    for (const row of rows) Y.applyUpdate(stored, new Uint8Array(row.data));
    expect(stored.getMap('scenarios').toJSON()).toEqual(a.doc.getMap('scenarios').toJSON());
  } finally {
    await db.end();
  }

  // Rotating on A closes the connection on B as well; B's old link is then refused.
  const rotator = connect(serverA.url, rotateToken(edit, newEdit, newRead));
  await until(() => rotator.provider.isSynced, 'the rotation', WAIT);
  await until(() => b.closeReasons.includes('credentials-rotated'), 'the client on B to be closed', WAIT);
  const old = connect(serverB.url, plainToken(edit));
  await until(() => old.failures.length > 0, 'the old link on B to be refused', WAIT);
  expect(old.failures).toEqual(['permission-denied']);
  const fresh = connect(serverB.url, plainToken(newEdit));
  await until(() => fresh.provider.isSynced, 'a new link on B', WAIT);
  expect(fresh.doc.getMap('scenarios').toJSON()).toEqual(a.doc.getMap('scenarios').toJSON());

  const output = serverA.output.join('') + serverB.output.join('');
  expect(serverA.output.join('')).toContain(
    `sharing live documents with other servers through Redis ${redis.url('***')}`,
  );
  expect(output).not.toContain('redis-pw-not-for-logs');
  expect(output).not.toContain('pg-pw-not-for-logs');
}, 180_000);
