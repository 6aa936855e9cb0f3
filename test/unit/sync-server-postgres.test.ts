// The sync server with PostgreSQL as its store (`--postgres <url>`), against a throwaway cluster of
// its own (initdb + pg_ctl in a temp folder, stopped afterwards): an edit propagates, documents and
// credentials live in PostgreSQL (hashes only, no SQLite file), a restarted server still has both,
// and the log never shows the password. Skipped, with the reason printed, without the binaries
// (except in CI, where that fails).
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, expect, it } from 'vitest';
import * as Y from 'yjs';
import { startSyncServer, type SyncServer } from '../../src/server/sync-server';
import { openPostgresStore } from '../../src/server/store-postgres';
import { startPgCluster, type PgCluster } from './helpers/pg-cluster';
import { missingTool } from './helpers/required-tool';
import {
  connectClient,
  hashOf,
  newSecret,
  plainToken,
  registerToken,
  until,
  type TestClient,
} from './helpers/sync-client';

let cluster: PgCluster | null = null;
let skip = '';
const dataDir = mkdtempSync(join(tmpdir(), 'sync-pg-data-'));
const clients: TestClient[] = [];
const servers: SyncServer[] = [];

beforeAll(async () => {
  const started = await startPgCluster();
  if ('skip' in started) skip = started.skip;
  else cluster = started;
}, 60_000);
afterAll(async () => {
  for (const c of clients) c.destroy();
  for (const s of servers) await s.stop();
  cluster?.stop();
  rmSync(dataDir, { recursive: true, force: true });
}, 60_000);

const title = (doc: Y.Doc) => doc.getMap<Y.Map<unknown>>('scenarios').get('r1')?.get('title');

it('stores documents and credentials in PostgreSQL: edits propagate, a restart keeps both, the log hides the password', async (ctx) => {
  if (!cluster) return missingTool('sync-server-postgres', skip, (note) => ctx.skip(note));
  // Trust authentication accepts any password: enough to see that the log never shows it.
  const url = cluster.url('test', 'pw-not-for-logs');
  const log: string[] = [];
  const start = async () => {
    const s = await startSyncServer({
      port: 0,
      dataDir,
      distDir: join(dataDir, 'none'),
      postgres: url,
      log: (l) => log.push(l),
    });
    servers.push(s);
    return s;
  };
  const client = (s: SyncServer, token: string) => {
    const c = connectClient(s.url, 'wb:pg', token);
    clients.push(c);
    return c;
  };

  const first = await start();
  const edit = newSecret();
  const read = newSecret();
  const a = client(first, registerToken(edit, read));
  await until(() => a.provider.isSynced, 'the owner to sync');
  const b = client(first, plainToken(edit));
  await until(() => b.provider.isSynced, 'the second client to sync');
  a.doc.transact(() => {
    const record = new Y.Map<unknown>();
    a.doc.getMap<Y.Map<unknown>>('scenarios').set('r1', record);
    record.set('title', '정전 대응');
  });
  await until(() => title(b.doc) === '정전 대응', 'the edit on the second client');
  const wrong = client(first, plainToken(newSecret()));
  await until(() => wrong.failures.length > 0, 'the wrong token to be refused');
  expect(wrong.failures).toEqual(['permission-denied']);
  expect(title(wrong.doc)).toBeUndefined();

  // Everything is in PostgreSQL: the update rows and the hashes, never a secret; no SQLite file.
  const db = new pg.Client({ connectionString: url });
  await db.connect();
  try {
    await until(() => !a.provider.hasUnsyncedChanges, 'the server to confirm the edit');
    const creds = await db.query('SELECT name, edit_hash, read_hash FROM credentials');
    expect(creds.rows).toEqual([{ name: 'wb:pg', edit_hash: hashOf(edit), read_hash: hashOf(read) }]);
    const dump = await db.query<{ text: string }>(
      "SELECT string_agg(t::text, ' ') AS text FROM (SELECT * FROM credentials) t",
    );
    expect(dump.rows[0]!.text).not.toContain(edit);
    expect(dump.rows[0]!.text).not.toContain(read);
    const updates = await db.query<{ n: string }>(
      "SELECT count(*) AS n FROM doc_updates WHERE name = 'wb:pg'",
    );
    expect(Number(updates.rows[0]!.n)).toBeGreaterThan(0);
  } finally {
    await db.end();
  }
  expect(existsSync(join(dataDir, 'sync.sqlite'))).toBe(false);

  // A new server process on the same database: the document and its credentials are still there.
  for (const c of clients.splice(0)) c.destroy();
  await first.stop();
  const second = await start();
  const c = client(second, plainToken(edit));
  await until(() => c.provider.isSynced, 'a client of the restarted server to sync');
  expect(title(c.doc)).toBe('정전 대응');
  const reader = client(second, plainToken(read));
  await until(() => reader.provider.isSynced, 'the reader to sync');
  expect(reader.provider.authorizedScope).toBe('readonly');
  const stranger = client(second, plainToken(newSecret()));
  await until(() => stranger.failures.length > 0, 'a wrong token to be refused after the restart');
  expect(stranger.failures).toEqual(['permission-denied']);

  expect(log.join('\n')).not.toContain('pw-not-for-logs');
  expect(log.join('\n')).toContain(`data in PostgreSQL postgres://test:***@127.0.0.1:`);
  expect(log.join('\n')).not.toContain(edit);
}, 60_000);

it('several servers starting at once on an empty database each create the tables, none fails', async (ctx) => {
  if (!cluster) return missingTool('sync-server-postgres', skip, (note) => ctx.skip(note));
  const admin = new pg.Client({ connectionString: cluster.url() });
  await admin.connect();
  try {
    await admin.query('CREATE DATABASE concurrent_start');
  } finally {
    await admin.end();
  }
  const url = cluster.url().replace(/\/postgres$/, '/concurrent_start');
  // Without the schema lock, concurrent CREATE TABLE IF NOT EXISTS fails with a unique-constraint
  // error on PostgreSQL's catalogue for all but one of them.
  const opened = await Promise.allSettled(
    Array.from({ length: 6 }, () => openPostgresStore(url, () => undefined)),
  );
  const failures = opened.flatMap((o) => (o.status === 'rejected' ? [String(o.reason)] : []));
  for (const o of opened) if (o.status === 'fulfilled') await o.value.close();
  expect(failures).toEqual([]);
}, 60_000);
