// Node test clients for the sync server: a Hocuspocus provider over `ws` with its own Y.Doc, the
// raw messages it received, and the reasons it was refused or closed; plus token helpers and a
// poll-until helper (no fixed sleeps).
import { HocuspocusProvider, HocuspocusProviderWebsocket } from '@hocuspocus/provider';
import { createHash, randomBytes } from 'node:crypto';
import WebSocket from 'ws';
import * as Y from 'yjs';

export const newSecret = () => randomBytes(32).toString('base64url');
export const hashOf = (secret: string) => createHash('sha256').update(secret, 'utf8').digest('hex');

export const registerToken = (editSecret: string, readSecret: string) =>
  JSON.stringify({ v: 1, secret: editSecret, register: { readHash: hashOf(readSecret) } });
export const plainToken = (secret: string) => JSON.stringify({ v: 1, secret });
export const rotateToken = (oldEdit: string, newEdit: string, newRead: string) =>
  JSON.stringify({ v: 1, secret: oldEdit, rotate: { editHash: hashOf(newEdit), readHash: hashOf(newRead) } });

export type TestClient = {
  doc: Y.Doc;
  provider: HocuspocusProvider;
  /** Message types (0 sync, 1 awareness, 2 auth, …) of every message the server sent. */
  receivedTypes: number[];
  failures: string[];
  closeReasons: string[];
  authenticated: () => boolean;
  destroy(): void;
};

export function connectClient(serverUrl: string, name: string, token: string, doc = new Y.Doc()): TestClient {
  const socket = new HocuspocusProviderWebsocket({
    url: `${serverUrl.replace(/^http/, 'ws')}/sync`,
    WebSocketPolyfill: WebSocket,
    // Default retries (unlimited until destroyed): a limited provider rejects its last reconnect
    // attempt unhandled, which would fail the test run after a server stops.
  });
  const receivedTypes: number[] = [];
  const failures: string[] = [];
  const closeReasons: string[] = [];
  let authenticated = false;
  socket.on('message', (event: MessageEvent) => {
    const bytes = new Uint8Array(event.data as ArrayBuffer);
    // A message starts with the document name (varstring), then its type (varuint).
    const nameLength = bytes[0]!;
    receivedTypes.push(bytes[1 + nameLength]!);
  });
  const provider = new HocuspocusProvider({
    name,
    document: doc,
    token,
    websocketProvider: socket,
    onAuthenticated: () => {
      authenticated = true;
    },
    onAuthenticationFailed: ({ reason }) => failures.push(reason),
    onClose: ({ event }) => closeReasons.push(event.reason),
  });
  provider.attach();
  return {
    doc,
    provider,
    receivedTypes,
    failures,
    closeReasons,
    authenticated: () => authenticated,
    destroy() {
      provider.destroy();
      socket.destroy();
    },
  };
}

/** Polls until `check` holds (or throws after `timeoutMs`). */
export async function until(check: () => boolean, what: string, timeoutMs = 10_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((done) => setTimeout(done, 5));
  }
}
