// The sync server as `npm run sync:server` runs it, killed with SIGKILL (no chance to store on the
// way out) and started again on the same data folder: every edit the server acknowledged is there.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, expect, it } from 'vitest';
import * as Y from 'yjs';
import {
  connectClient,
  newSecret,
  plainToken,
  registerToken,
  until,
  type TestClient,
} from './helpers/sync-client';

const dataDir = mkdtempSync(join(tmpdir(), 'sync-kill-'));
const children: ChildProcess[] = [];
const clients: TestClient[] = [];

/** Starts the CLI on a free port and resolves with its URL once it listens. */
function startCli(): Promise<{ url: string; child: ChildProcess; output: string[] }> {
  const child = spawn(
    process.execPath,
    [
      '--import',
      'tsx',
      'src/server/main.ts',
      '--port',
      '0',
      '--data',
      dataDir,
      '--dist',
      join(dataDir, 'none'),
    ],
    { stdio: ['ignore', 'pipe', 'pipe'] },
  );
  children.push(child);
  const output: string[] = [];
  return new Promise((done, fail) => {
    child.stdout!.setEncoding('utf8').on('data', (chunk: string) => {
      output.push(chunk);
      const match = /team sync is running at (http:\/\/\S+)/.exec(output.join(''));
      if (match) done({ url: match[1]!, child, output });
    });
    child.stderr!.setEncoding('utf8').on('data', (chunk: string) => output.push(chunk));
    child.once('exit', (code) => fail(new Error(`server exited (${code}): ${output.join('')}`)));
  });
}

const scenarios = (doc: Y.Doc) => doc.getMap<Y.Map<unknown>>('scenarios');
const put = (doc: Y.Doc, id: string, key: string, value: string) =>
  doc.transact(() => {
    if (!scenarios(doc).has(id)) scenarios(doc).set(id, new Y.Map());
    scenarios(doc).get(id)!.set(key, value);
  });

afterEach(() => {
  for (const c of clients) c.destroy();
  for (const child of children) child.kill('SIGKILL');
  rmSync(dataDir, { recursive: true, force: true });
});

it('loses nothing it acknowledged when killed with SIGKILL and restarted (two clients)', async () => {
  const first = await startCli();
  expect(first.output.join('')).toContain(`data in ${join(dataDir, 'sync.sqlite')}`);
  const edit = newSecret();
  const a = connectClient(first.url, 'wb:kill', registerToken(edit, newSecret()));
  clients.push(a);
  await until(() => a.provider.isSynced, 'a to sync');
  const b = connectClient(first.url, 'wb:kill', plainToken(edit));
  clients.push(b);
  await until(() => b.provider.isSynced, 'b to sync');
  for (let i = 0; i < 20; i++) put(a.doc, `a${i}`, 'title', `연습 ${i}`);
  for (let i = 0; i < 20; i++) put(b.doc, `b${i}`, 'title', `drill ${i}`);
  await until(() => !a.provider.hasUnsyncedChanges && !b.provider.hasUnsyncedChanges, 'acknowledgements');
  // The clients leave first, so they do not try to reconnect to the dead server.
  a.destroy();
  b.destroy();
  first.child.kill('SIGKILL');
  await new Promise((done) => first.child.once('exit', done));

  const second = await startCli();
  const fresh = connectClient(second.url, 'wb:kill', plainToken(edit));
  clients.push(fresh);
  await until(() => fresh.provider.isSynced, 'the fresh client to sync');
  expect(scenarios(fresh.doc).size).toBe(40);
  expect(scenarios(fresh.doc).get('a19')?.get('title')).toBe('연습 19');
  expect(scenarios(fresh.doc).get('b0')?.get('title')).toBe('drill 0');
});
