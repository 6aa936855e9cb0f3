// The team sync server on loopback with real Hocuspocus clients: edits propagate, a wrong token
// gets no document byte, a read-only token cannot change the server's document, rotation revokes
// old links, failed attempts are rate-limited, sizes are capped, and no token reaches the log.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import WebSocket from 'ws';
import * as Y from 'yjs';
import { startSyncServer, type SyncLimits, type SyncServer } from '../../src/server/sync-server';
import {
  connectClient,
  hashOf,
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

  it('refuses an address unchecked after too many failed attempts, even with the right token', async () => {
    await start({ maxFailures: 3 });
    const edit = newSecret();
    const owner = client('wb:rl', registerToken(edit, newSecret()));
    await synced(owner);
    for (let i = 0; i < 3; i++) {
      const guess = client('wb:rl', plainToken(newSecret()));
      await until(() => guess.failures.length === 1, 'the refusal');
      expect(guess.failures).toEqual(['permission-denied']);
    }
    const right = client('wb:rl', plainToken(edit));
    await until(() => right.failures.length === 1, 'the refusal');
    expect(right.failures).toEqual(['rate-limited']);
    expect(right.receivedTypes).not.toContain(SYNC);
    // The connection already open is not affected.
    setField(owner, 'r1', 'title', 'still editing');
    await until(() => !owner.provider.hasUnsyncedChanges, 'the server to acknowledge');
  });

  it('refuses an update that would grow a document past the cap, with a clear reason', async () => {
    await start({ maxDocumentBytes: 64 * 1024 });
    const edit = newSecret();
    const owner = client('wb:big', registerToken(edit, newSecret()));
    await synced(owner);
    setField(owner, 'r1', 'title', 'small');
    await until(() => !owner.provider.hasUnsyncedChanges, 'the server to acknowledge');
    setField(owner, 'r2', 'notes', 'x'.repeat(100 * 1024));
    await until(() => owner.closeReasons.includes('document-too-large'), 'the close');
    expect(logLines).toContain('refused an update to wb:big: document-too-large');
    const fresh = client('wb:big', plainToken(edit));
    await synced(fresh);
    expect(fresh.doc.getMap('scenarios').toJSON()).toEqual({ r1: { title: 'small' } });
  });

  it('closes a socket that sends a message larger than the message cap', async () => {
    await start({ maxMessageBytes: 32 * 1024 });
    const edit = newSecret();
    const owner = client('wb:msg', registerToken(edit, newSecret()));
    await synced(owner);
    const closed: number[] = [];
    owner.provider.configuration.websocketProvider.on('close', ({ event }: { event: CloseEvent }) =>
      closed.push(event.code),
    );
    setField(owner, 'r1', 'notes', 'y'.repeat(40 * 1024));
    await until(() => closed.length > 0, 'the socket to close');
    expect(closed[0]).toBe(1009);
    await until(() => logLines.some((l) => l.includes('Max payload size exceeded')), 'the log line');
    const fresh = client('wb:msg', plainToken(edit));
    await synced(fresh);
    expect(field(fresh.doc, 'r1', 'notes')).toBeUndefined();
  });

  it('keeps every acknowledged edit across a stop and restart, and merges edits made while it was down', async () => {
    await start();
    const edit = newSecret();
    const a = client('wb:keep', registerToken(edit, newSecret()));
    await synced(a);
    const b = client('wb:keep', plainToken(edit));
    await synced(b);
    setField(a, 'r1', 'title', '본사');
    // The record's map is created once (two devices creating one id at once would each make one).
    await until(() => field(b.doc, 'r1', 'title') === '본사', 'the record on b');
    setField(b, 'r1', 'owner', 'IT');
    await until(
      () => field(a.doc, 'r1', 'owner') === 'IT' && field(b.doc, 'r1', 'title') === '본사',
      'both edits',
    );
    await until(() => !a.provider.hasUnsyncedChanges && !b.provider.hasUnsyncedChanges, 'acknowledgements');
    // Both go offline (their providers end; their documents stay), then the server stops.
    for (const c of [a, b]) c.destroy();
    await server!.stop();
    setField(a, 'r1', 'site', 'Busan');
    setField(b, 'r2', 'title', 'flood');

    await start();
    const a2 = client('wb:keep', plainToken(edit), a.doc);
    const b2 = client('wb:keep', plainToken(edit), b.doc);
    await until(
      () => field(a2.doc, 'r2', 'title') === 'flood' && field(b2.doc, 'r1', 'site') === 'Busan',
      'merge',
    );
    const fresh = client('wb:keep', plainToken(edit));
    await until(
      () => field(fresh.doc, 'r2', 'title') === 'flood' && field(fresh.doc, 'r1', 'site') === 'Busan',
      'all',
    );
    expect(fresh.doc.getMap('scenarios').toJSON()).toEqual({
      r1: { title: '본사', owner: 'IT', site: 'Busan' },
      r2: { title: 'flood' },
    });
  });

  it('never writes a token, a secret or a hash to its log (nor to the console)', async () => {
    const printed: string[] = [];
    const spies = (['log', 'error', 'warn', 'info'] as const).map((name) =>
      vi
        .spyOn(console, name)
        .mockImplementation((...args: unknown[]) => printed.push(args.map(String).join(' '))),
    );
    try {
      await start({ maxFailures: 4 });
      const [edit, read, newEdit, newRead] = [newSecret(), newSecret(), newSecret(), newSecret()];
      const tokens = [
        registerToken(edit, read),
        plainToken(read),
        rotateToken(edit, newEdit, newRead),
        plainToken(edit),
      ];
      const owner = client('wb:log', tokens[0]!);
      await synced(owner);
      await synced(client('wb:log', tokens[1]!));
      await synced(client('wb:log', tokens[2]!));
      const refused = client('wb:log', tokens[3]!);
      await until(() => refused.failures.length === 1, 'the refusal');
      for (let i = 0; i < 4; i++) {
        const c = client('wb:log', plainToken(newSecret()));
        await until(() => c.failures.length === 1, 'the refusal');
      }
      expect(logLines.filter((l) => l.startsWith('refused'))).toEqual([
        'refused wb:log from 127.0.0.1: permission-denied',
        'refused wb:log from 127.0.0.1: permission-denied',
        'refused wb:log from 127.0.0.1: permission-denied',
        'refused wb:log from 127.0.0.1: permission-denied',
        'refused wb:log from 127.0.0.1: rate-limited',
      ]);
      const everything = [...logLines, ...printed].join('\n');
      for (const secret of [edit, read, newEdit, newRead]) {
        expect(everything).not.toContain(secret);
        expect(everything).not.toContain(hashOf(secret));
      }
      expect(everything).not.toContain('"secret"');
    } finally {
      for (const spy of spies) spy.mockRestore();
    }
  });

  it('serves the built app on the same origin with its security headers, and the socket only at /sync', async () => {
    const dist = join(dataDir, 'dist');
    mkdirSync(dist);
    writeFileSync(join(dist, 'index.html'), '<!doctype html><title>Continuity Workbook</title>');
    server = await startSyncServer({ port: 0, dataDir, distDir: dist, log: (l) => logLines.push(l) });
    const page = await fetch(`${server.url}/workbooks/abc`);
    expect(page.status).toBe(200);
    expect(await page.text()).toBe('<!doctype html><title>Continuity Workbook</title>');
    expect(page.headers.get('x-content-type-options')).toBe('nosniff');
    expect(page.headers.get('referrer-policy')).toBe('no-referrer');
    expect(page.headers.get('x-frame-options')).toBe('DENY');
    const elsewhere = await new Promise<number>((done) => {
      const ws = new WebSocket(`${server!.url.replace(/^http/, 'ws')}/other`);
      ws.on('unexpected-response', (_req, res) => done(res.statusCode ?? 0));
      ws.on('error', () => {});
    });
    expect(elsewhere).toBe(404);
  });

  it('closes a socket that keeps sending messages for a document it was refused', async () => {
    await start({ maxMessagesAfterRefusal: 5 });
    const ws = new WebSocket(`${server!.url.replace(/^http/, 'ws')}/sync`);
    const received: Uint8Array[] = [];
    ws.on('message', (data: Buffer) => received.push(new Uint8Array(data)));
    const closed = new Promise<{ code: number; reason: string }>((done) =>
      ws.on('close', (code, reason) => done({ code, reason: reason.toString() })),
    );
    await new Promise((done) => ws.once('open', done));
    const message = (write: (e: encoding.Encoder) => void) => {
      const e = encoding.createEncoder();
      encoding.writeVarString(e, 'wb:flood');
      write(e);
      return encoding.toUint8Array(e);
    };
    // Auth (2), token (0), then sync step 1 (0, 0) with an empty state vector, over and over.
    ws.send(
      message(
        (e) => (encoding.writeVarUint(e, 2), encoding.writeVarUint(e, 0), encoding.writeVarString(e, 'x')),
      ),
    );
    await until(() => received.length === 1, 'the refusal');
    const step1 = message(
      (e) => (
        encoding.writeVarUint(e, 0),
        encoding.writeVarUint(e, 0),
        encoding.writeVarUint8Array(e, Y.encodeStateVector(new Y.Doc()))
      ),
    );
    for (let i = 0; i < 6; i++) ws.send(step1);
    expect(await closed).toEqual({ code: 4429, reason: 'too-many-messages' });
    expect(logLines).toContain('closed a socket from 127.0.0.1: too-many-messages');
  });

  it('behind a proxy (trustProxy) counts and logs the forwarded client address, not the proxy', async () => {
    server = await startSyncServer({
      port: 0,
      dataDir,
      distDir: join(dataDir, 'none'),
      log: (l) => logLines.push(l),
      trustProxy: true,
      limits: { maxFailures: 1 },
    });
    const attempt = async (forwardedFor: string) => {
      const ws = new WebSocket(`${server!.url.replace(/^http/, 'ws')}/sync`, {
        headers: { 'X-Forwarded-For': forwardedFor },
      });
      const refusals: string[] = [];
      ws.on('message', (data: Buffer) => {
        const d = decoding.createDecoder(new Uint8Array(data));
        decoding.readVarString(d);
        // Auth (2), permission denied (1), reason.
        if (decoding.readVarUint(d) === 2 && decoding.readVarUint(d) === 1)
          refusals.push(decoding.readVarString(d));
      });
      await new Promise((done) => ws.once('open', done));
      const e = encoding.createEncoder();
      encoding.writeVarString(e, 'wb:proxy');
      encoding.writeVarUint(e, 2);
      encoding.writeVarUint(e, 0);
      encoding.writeVarString(e, plainToken(newSecret()));
      ws.send(encoding.toUint8Array(e));
      await until(() => refusals.length === 1, 'the refusal');
      ws.close();
      return refusals[0];
    };
    expect(await attempt('203.0.113.7')).toBe('permission-denied');
    expect(await attempt('198.51.100.1, 203.0.113.7')).toBe('rate-limited');
    expect(await attempt('203.0.113.8')).toBe('permission-denied');
    expect(logLines.filter((l) => l.startsWith('refused'))).toEqual([
      'refused wb:proxy from 203.0.113.7: permission-denied',
      'refused wb:proxy from 203.0.113.7: rate-limited',
      'refused wb:proxy from 203.0.113.8: permission-denied',
    ]);
  });
});
