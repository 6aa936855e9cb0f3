// The team sync server: one HTTP server on one origin that serves the built app and, at /sync, the
// Hocuspocus WebSocket that syncs each workbook's Yjs document (`wb:<workbookId>`). Access is
// decided in onAuthenticate from the token against stored hashes (access.ts) before any document
// byte is sent; failed attempts are rate-limited per address; messages and documents are capped;
// documents persist in SQLite (store.ts) or, given a connection URL, in PostgreSQL
// (store-postgres.ts), each update written before it is acknowledged; given a Redis URL, several
// servers share live documents (redis-link.ts). Log lines name documents and addresses, never a
// token or a password.
import { Database } from '@hocuspocus/extension-database';
import { Connection, Hocuspocus, type Document, type Extension } from '@hocuspocus/server';
import { existsSync } from 'node:fs';
import { createServer, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join, resolve } from 'node:path';
import { WebSocketServer } from 'ws';
import * as Y from 'yjs';
import { createAppHandler } from '../cli/app-handler';
import { decideAccess, DOCUMENT_NAME } from './access';
import { FailureLimiter } from './rate-limit';
import { FloodGuard } from './flood-guard';
import { alreadyContained, SizeGuard, updateInMessage } from './size-guard';
import { openSyncStore, type SyncStore } from './store';
import { openPostgresStore } from './store-postgres';
import { openRedisLink, type RedisLink } from './redis-link';

export type SyncLimits = {
  /** Largest WebSocket message; a larger one closes the socket (1009, "Max payload size exceeded"). */
  maxMessageBytes: number;
  /** Largest document; an update past it is refused with the reason "document-too-large". */
  maxDocumentBytes: number;
  /** Failed sign-ins an address may make per window before it is refused unchecked. */
  maxFailures: number;
  failureWindowMs: number;
  /** Messages a socket may still send for a document it was refused before it is closed. */
  maxMessagesAfterRefusal: number;
};

export const DEFAULT_LIMITS: SyncLimits = {
  maxMessageBytes: 16 * 1024 * 1024 + 64 * 1024,
  maxDocumentBytes: 16 * 1024 * 1024,
  maxFailures: 10,
  failureWindowMs: 60_000,
  maxMessagesAfterRefusal: 50,
};

export type SyncServerOptions = {
  port: number;
  /** Default 127.0.0.1: loopback only, as a reverse proxy in front expects. */
  host?: string;
  /** The SQLite file's folder (ignored when `postgres` is given). */
  dataDir: string;
  /** A PostgreSQL connection URL: documents and credentials go there instead of SQLite. */
  postgres?: string;
  /** A Redis URL shared by several servers behind one address (needs `postgres`: one shared store). */
  redis?: string;
  /** The built app; default `dist`. Without a build the server syncs and answers 404 elsewhere. */
  distDir?: string;
  log?: (line: string) => void;
  limits?: Partial<SyncLimits>;
  /** Behind a reverse proxy: take the client address from X-Forwarded-For (the proxy's last entry). */
  trustProxy?: boolean;
};

export type SyncServer = { url: string; port: number; stop(): Promise<void> };

/** Why a connection was refused or closed; the provider receives `reason`. */
class Refusal extends Error {
  constructor(readonly reason: string) {
    // No message: Hocuspocus prints a rejected hook's message; the reason alone goes to the client.
    super('');
  }
}

/** Why an update was not stored; Hocuspocus closes the connection with this code and reason. */
class NotStored extends Error {
  constructor(
    readonly code: number,
    readonly reason: string,
  ) {
    super(reason);
  }
}

export const ROTATED = { code: 4403, reason: 'credentials-rotated' };

/** The update a client sends when it has nothing the server lacks: no structs, no deletions. */
const isEmptyUpdate = (update: Uint8Array) => update.byteLength === 2 && update[0] === 0 && update[1] === 0;

export async function startSyncServer(opts: SyncServerOptions): Promise<SyncServer> {
  const log = opts.log ?? (() => {});
  const limits = { ...DEFAULT_LIMITS, ...opts.limits };
  const host = opts.host ?? '127.0.0.1';
  // Each SQLite file belongs to one server; servers that share live documents share one database.
  if (opts.redis && !opts.postgres)
    throw new Error('--redis needs --postgres: the servers share one database');
  const store: SyncStore = opts.postgres
    ? await openPostgresStore(opts.postgres, (error) => log(`database error: ${error.message}`))
    : openSyncStore(resolve(opts.dataDir));
  const limiter = new FailureLimiter(limits.maxFailures, limits.failureWindowMs);
  const guard = new SizeGuard(limits.maxDocumentBytes);
  const floods = new FloodGuard(limits.maxMessagesAfterRefusal);

  const addressOf = (request: IncomingMessage): string => {
    const forwarded = opts.trustProxy ? request.headers['x-forwarded-for'] : undefined;
    const last = (Array.isArray(forwarded) ? forwarded.join(',') : forwarded)?.split(',').pop()?.trim();
    return last || request.socket.remoteAddress || 'unknown';
  };
  // Only well-formed names reach the log: a client could send anything as a document name.
  const shown = (name: string) => (DOCUMENT_NAME.test(name) ? name : '(invalid document name)');
  const closeAll = (documentName: string, except?: Connection) => {
    for (const other of hocuspocus.documents.get(documentName)?.getConnections() ?? [])
      if (other !== except) other.close(ROTATED);
  };
  let redis: RedisLink | null = null;
  try {
    redis = opts.redis
      ? await openRedisLink(opts.redis, log, (documentName) => closeAll(documentName))
      : null;
  } catch (error) {
    await store.close();
    throw error;
  }
  const redisExtension: Extension[] = redis ? [redis.extension] : [];

  const hocuspocus = new Hocuspocus({
    name: 'continuity-sync',
    quiet: true,
    extensions: [
      ...redisExtension,
      new Database({
        fetch: ({ documentName }) => store.loadDocument(documentName),
        store: async ({ documentName, document, state }) => {
          await store.compactDocument(documentName, state);
          guard.compacted(document, state);
        },
      }),
    ],
    onAuthenticate: async ({ documentName, token, request, connectionConfig }) => {
      const address = addressOf(request);
      if (limiter.blocked(address)) {
        floods.refuse(request, documentName);
        log(`refused ${shown(documentName)} from ${address}: rate-limited`);
        throw new Refusal('rate-limited');
      }
      const access = await decideAccess(store, documentName, token);
      if (!access.ok) {
        limiter.fail(address);
        floods.refuse(request, documentName);
        log(`refused ${shown(documentName)} from ${address}: ${access.reason}`);
        throw new Refusal(access.reason);
      }
      // Read-only: Hocuspocus itself drops this connection's document updates.
      connectionConfig.readOnly = access.access === 'read';
      log(`${access.event} ${documentName} from ${address}: ${access.access}`);
      return { access: access.access, rotated: access.event === 'rotated' };
    },
    connected: ({ context, connection, documentName }) => {
      // After rotation everyone else, connected with the old secrets, is closed; old links now fail.
      // Done once the rotating connection is attached: closing the others earlier could leave the
      // document without connections, and Hocuspocus would unload it under the new connection.
      // Other servers sharing the document through Redis close theirs too.
      if ((context as { rotated?: boolean }).rotated) {
        closeAll(documentName, connection);
        redis
          ?.rotated(documentName)
          .catch((error: Error) => log(`could not tell the other servers of a rotation: ${error.message}`));
      }
      return Promise.resolve();
    },
    afterLoadDocument: ({ document, documentName }) => {
      document.on('update', (update: Uint8Array, origin: unknown) => {
        guard.grew(document, update);
        // A client's update was stored before it was applied (beforeHandleMessage); one relayed from
        // another server was stored by that server. Anything else (none today) is stored here.
        if (origin instanceof Connection || origin === redis?.extension.redisTransactionOrigin) return;
        store
          .appendUpdate(documentName, update)
          .catch((error: Error) => log(`database error: ${error.message}`));
      });
      return Promise.resolve();
    },
    beforeHandleMessage: ({ connection, document, update, documentName }) => {
      const change = updateInMessage(update);
      if (!change) return Promise.resolve();
      if (connection.readOnly) {
        // Hocuspocus drops it and answers "not applied"; the log says so for the operator.
        if (!alreadyContained(document, change))
          log(`dropped an update to ${documentName} from a read-only connection`);
        return Promise.resolve();
      }
      try {
        guard.check(document, change);
      } catch (error) {
        if (!(error instanceof Error)) throw error;
        log(`refused an update to ${documentName}: document-too-large`);
        return Promise.reject(error);
      }
      return persist(documentName, change);
    },
  });

  /** Writes a client's update durably before Hocuspocus applies and acknowledges it, so a killed
   * server loses nothing it acknowledged; a failed write closes the connection unacknowledged, and the
   * client sends the update again when it reconnects. */
  async function persist(documentName: string, change: Uint8Array): Promise<void> {
    if (isEmptyUpdate(change)) return;
    try {
      // A malformed update stored would break every later load of the document.
      Y.decodeUpdate(change);
    } catch {
      log(`refused a malformed update to ${documentName}`);
      throw new NotStored(1007, 'invalid-update');
    }
    try {
      await store.appendUpdate(documentName, change);
    } catch (error) {
      log(`database error: ${error instanceof Error ? error.message : String(error)}`);
      throw new NotStored(1011, 'not-stored');
    }
  }

  const distDir = resolve(opts.distDir ?? 'dist');
  const app = existsSync(join(distDir, 'index.html')) ? createAppHandler(distDir) : null;
  const http = createServer((req, res) => {
    if (app) app(req, res);
    else
      res
        .writeHead(404, { 'Content-Type': 'text/plain' })
        .end('No app build here; the sync socket is /sync.');
  });
  const sockets = new WebSocketServer({ noServer: true, maxPayload: limits.maxMessageBytes });
  http.on('upgrade', (request, socket, head) => {
    if (new URL(request.url ?? '/', 'http://localhost').pathname !== '/sync') {
      socket.end('HTTP/1.1 404 Not Found\r\nConnection: close\r\n\r\n');
      return;
    }
    sockets.handleUpgrade(request, socket, head, (ws) => {
      ws.setMaxListeners(Number.POSITIVE_INFINITY);
      // Without a listener a socket error (such as an oversized message) would end the process.
      ws.on('error', (error) => log(`closed a socket from ${addressOf(request)}: ${error.message}`));
      floods.watch(ws, request, () => log(`closed a socket from ${addressOf(request)}: too-many-messages`));
      hocuspocus.handleConnection(ws, request);
    });
  });

  await new Promise<void>((done, fail) => {
    http.once('error', fail);
    http.listen(opts.port, host, () => done());
  });
  const port = (http.address() as AddressInfo).port;
  const url = `http://${host.includes(':') ? `[${host}]` : host}:${port}`;
  log(`sync server at ${url} (socket ${url.replace(/^http/, 'ws')}/sync), data in ${store.where}`);
  if (redis) log(`sharing live documents with other servers through Redis ${redis.where}`);
  if (!app) log(`no app build in ${distDir}: serving the sync socket only`);

  let stopping: Promise<void> | null = null;
  const stop = async () => {
    http.close();
    http.closeAllConnections();
    for (const ws of sockets.clients) ws.terminate();
    // Closing the sockets unloads each document after storing it; wait for that, within reason.
    const deadline = Date.now() + 5000;
    while (hocuspocus.getDocumentsCount() > 0 && Date.now() < deadline)
      await new Promise((done) => setTimeout(done, 10));
    for (const document of hocuspocus.documents.values()) await compactNow(document);
    sockets.close();
    await redis?.close();
    await store.close();
    log('sync server stopped');
  };
  const compactNow = (document: Document) =>
    store.compactDocument(document.name, Y.encodeStateAsUpdate(document));
  return { url, port, stop: () => (stopping ??= stop()) };
}
