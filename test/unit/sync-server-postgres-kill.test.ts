// The sync server with PostgreSQL (`npm run sync:server -- --postgres <url>`, a child process)
// killed with SIGKILL right after its clients saw their edits acknowledged, then started again on
// the same database: every acknowledged edit is there. The database is made slow on purpose (a
// trigger sleeps 0.2 s in each insert), so a server that acknowledged before its write committed
// would be killed with writes still pending and lose them. Runs against a throwaway cluster
// (helpers/pg-cluster.ts); without PostgreSQL's binaries it skips, saying why, except in CI.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, expect, it } from 'vitest';
import * as Y from 'yjs';
import { startPgCluster, type PgCluster } from './helpers/pg-cluster';
import { missingTool } from './helpers/required-tool';
import { cliChildren, killCli, startCli } from './helpers/sync-cli';
import {
  connectClient,
  newSecret,
  plainToken,
  registerToken,
  until,
  type TestClient,
} from './helpers/sync-client';

let cluster: PgCluster | null = null;
let skip = '';
const dataDir = mkdtempSync(join(tmpdir(), 'sync-pg-kill-'));
const clients: TestClient[] = [];

beforeAll(async () => {
  const started = await startPgCluster();
  if ('skip' in started) skip = started.skip;
  else cluster = started;
}, 60_000);
afterAll(() => {
  for (const c of clients) c.destroy();
  for (const child of cliChildren) child.kill('SIGKILL');
  cluster?.stop();
  rmSync(dataDir, { recursive: true, force: true });
}, 60_000);

const scenarios = (doc: Y.Doc) => doc.getMap<Y.Map<unknown>>('scenarios');
const put = (doc: Y.Doc, id: string, value: string) =>
  doc.transact(() => {
    const record = new Y.Map<unknown>();
    scenarios(doc).set(id, record);
    record.set('title', value);
  });

async function sql(url: string, text: string): Promise<void> {
  const db = new pg.Client({ connectionString: url });
  await db.connect();
  try {
    await db.query(text);
  } finally {
    await db.end();
  }
}

it('loses nothing it acknowledged when killed with SIGKILL right after the acknowledgement and restarted', async (ctx) => {
  if (!cluster) return missingTool('sync-server-postgres-kill', skip, (note) => ctx.skip(note));
  const url = cluster.url('test', 'pw-not-for-logs');
  const flags = ['--postgres', url, '--data', dataDir, '--dist', join(dataDir, 'none')];
  const first = await startCli(flags);
  // The server has created its tables; from now on every insert into doc_updates takes 0.2 s.
  await sql(
    url,
    `CREATE FUNCTION slow_insert() RETURNS trigger LANGUAGE plpgsql AS $$
       BEGIN PERFORM pg_sleep(0.2); RETURN NEW; END $$;
     CREATE TRIGGER slow_insert BEFORE INSERT ON doc_updates FOR EACH ROW EXECUTE FUNCTION slow_insert();`,
  );

  const edit = newSecret();
  const a = connectClient(first.url, 'wb:pgkill', registerToken(edit, newSecret()));
  clients.push(a);
  await until(() => a.provider.isSynced, 'a to sync');
  const b = connectClient(first.url, 'wb:pgkill', plainToken(edit));
  clients.push(b);
  await until(() => b.provider.isSynced, 'b to sync');
  for (let i = 0; i < 5; i++) put(a.doc, `a${i}`, `연습 ${i}`);
  for (let i = 0; i < 5; i++) put(b.doc, `b${i}`, `drill ${i}`);
  await until(() => !a.provider.hasUnsyncedChanges && !b.provider.hasUnsyncedChanges, 'acknowledgements');
  // At once: no time for a write the server had not finished to land.
  a.destroy();
  b.destroy();
  await killCli(first);
  await sql(url, 'DROP TRIGGER slow_insert ON doc_updates');

  const second = await startCli(flags);
  const fresh = connectClient(second.url, 'wb:pgkill', plainToken(edit));
  clients.push(fresh);
  await until(() => fresh.provider.isSynced, 'the fresh client to sync');
  expect([...scenarios(fresh.doc).keys()].sort()).toEqual([
    'a0',
    'a1',
    'a2',
    'a3',
    'a4',
    'b0',
    'b1',
    'b2',
    'b3',
    'b4',
  ]);
  expect(scenarios(fresh.doc).get('a4')?.get('title')).toBe('연습 4');
  expect(scenarios(fresh.doc).get('b0')?.get('title')).toBe('drill 0');
  const output = first.output.join('') + second.output.join('');
  expect(output).toContain('data in PostgreSQL postgres://test:***@127.0.0.1:');
  expect(output).not.toContain('pw-not-for-logs');
}, 60_000);
