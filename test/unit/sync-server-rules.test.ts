// The sync server's pure rules: which tokens parse, how access is decided from stored hashes, and
// the failure window of the rate limit.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { decideAccess } from '../../src/server/access';
import { FailureLimiter } from '../../src/server/rate-limit';
import { openSyncStore, type SyncStore } from '../../src/server/store';
import { parseToken, sha256Hex } from '../../src/server/token';
import { hashOf, newSecret, plainToken, registerToken, rotateToken } from './helpers/sync-client';

const S = 'a'.repeat(43);

describe('sync token', () => {
  it('parses exactly version 1 tokens and nothing else', () => {
    expect(parseToken(JSON.stringify({ v: 1, secret: S }))).toEqual({ v: 1, secret: S });
    for (const bad of [
      '',
      'null',
      S,
      JSON.stringify({ v: 2, secret: S }),
      JSON.stringify({ v: 1, secret: 'short' }),
      JSON.stringify({ v: 1, secret: `${S}!` }),
      JSON.stringify({ v: 1, secret: S, extra: 1 }),
      JSON.stringify({ v: 1, secret: S, register: { readHash: 'ABC' } }),
      JSON.stringify({ v: 1, secret: S, rotate: { editHash: hashOf('x'), readHash: hashOf('x') } }),
      JSON.stringify({
        v: 1,
        secret: S,
        register: { readHash: hashOf('x') },
        rotate: { editHash: hashOf('x'), readHash: hashOf('y') },
      }),
      JSON.stringify({ v: 1, secret: S, pad: 'x'.repeat(3000) }),
    ])
      expect(parseToken(bad)).toBeNull();
  });

  it('hashes the UTF-8 text of the secret as lowercase hex SHA-256', () => {
    expect(sha256Hex('abc')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
  });
});

describe('access decisions', () => {
  let dir: string;
  let store: SyncStore;
  const open = () => {
    dir = mkdtempSync(join(tmpdir(), 'sync-rules-'));
    store = openSyncStore(dir);
  };
  afterEach(async () => {
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('registers once, then grants edit, read or nothing by hash; only an editor rotates', async () => {
    open();
    const [edit, read, other] = [newSecret(), newSecret(), newSecret()];
    expect(await decideAccess(store, 'wb:a', plainToken(edit))).toEqual({
      ok: false,
      reason: 'permission-denied',
    });
    expect(await decideAccess(store, 'wb:a', registerToken(edit, read))).toEqual({
      ok: true,
      access: 'edit',
      event: 'registered',
    });
    // A second registration cannot take the document over.
    expect(await decideAccess(store, 'wb:a', registerToken(other, newSecret()))).toEqual({
      ok: false,
      reason: 'permission-denied',
    });
    expect(await decideAccess(store, 'wb:a', plainToken(read))).toEqual({
      ok: true,
      access: 'read',
      event: 'opened',
    });
    expect(await decideAccess(store, 'wb:a', rotateToken(read, other, newSecret()))).toEqual({
      ok: false,
      reason: 'permission-denied',
    });
    expect(await decideAccess(store, 'wb:a', rotateToken(edit, other, newSecret()))).toEqual({
      ok: true,
      access: 'edit',
      event: 'rotated',
    });
    expect(await decideAccess(store, 'wb:a', plainToken(edit))).toEqual({
      ok: false,
      reason: 'permission-denied',
    });
    expect(await decideAccess(store, 'wb:a', plainToken(other))).toEqual({
      ok: true,
      access: 'edit',
      event: 'opened',
    });
    expect((await store.credentials('wb:a'))?.editHash).toBe(hashOf(other));
  });

  it('refuses a registration whose read secret is the edit secret, and malformed names', async () => {
    open();
    const edit = newSecret();
    expect(await decideAccess(store, 'wb:b', registerToken(edit, edit))).toEqual({
      ok: false,
      reason: 'permission-denied',
    });
    expect(await decideAccess(store, 'notes', registerToken(edit, newSecret()))).toEqual({
      ok: false,
      reason: 'invalid-document',
    });
    expect(await decideAccess(store, 'wb:a b', registerToken(edit, newSecret()))).toEqual({
      ok: false,
      reason: 'invalid-document',
    });
  });
});

describe('failure limiter', () => {
  it('blocks an address after its failures within the window and forgives them afterwards', () => {
    let now = 0;
    const limiter = new FailureLimiter(3, 60_000, () => now);
    for (let i = 0; i < 3; i++) limiter.fail('10.0.0.1');
    expect(limiter.blocked('10.0.0.1')).toBe(true);
    expect(limiter.blocked('10.0.0.2')).toBe(false);
    now = 60_001;
    expect(limiter.blocked('10.0.0.1')).toBe(false);
  });
});
