// The sync server as `npm run sync:server` runs it, killed with SIGKILL (no chance to store on the
// way out) and started again on the same data folder: every edit the server acknowledged is there.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, expect, it } from 'vitest';
import * as Y from 'yjs';
import { cliChildren, killCli, startCli } from './helpers/sync-cli';
import {
  connectClient,
  newSecret,
  plainToken,
  registerToken,
  until,
  type TestClient,
} from './helpers/sync-client';

const dataDir = mkdtempSync(join(tmpdir(), 'sync-kill-'));
const clients: TestClient[] = [];
const flags = ['--data', dataDir, '--dist', join(dataDir, 'none')];

const scenarios = (doc: Y.Doc) => doc.getMap<Y.Map<unknown>>('scenarios');
const put = (doc: Y.Doc, id: string, key: string, value: string) =>
  doc.transact(() => {
    if (!scenarios(doc).has(id)) scenarios(doc).set(id, new Y.Map());
    scenarios(doc).get(id)!.set(key, value);
  });

afterEach(() => {
  for (const c of clients) c.destroy();
  for (const child of cliChildren) child.kill('SIGKILL');
  rmSync(dataDir, { recursive: true, force: true });
});

it('loses nothing it acknowledged when killed with SIGKILL and restarted (two clients)', async () => {
  const first = await startCli(flags);
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
  await killCli(first);

  const second = await startCli(flags);
  const fresh = connectClient(second.url, 'wb:kill', plainToken(edit));
  clients.push(fresh);
  await until(() => fresh.provider.isSynced, 'the fresh client to sync');
  expect(scenarios(fresh.doc).size).toBe(40);
  expect(scenarios(fresh.doc).get('a19')?.get('title')).toBe('연습 19');
  expect(scenarios(fresh.doc).get('b0')?.get('title')).toBe('drill 0');
});
