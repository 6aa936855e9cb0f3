// Several sync servers behind one address (`--redis <url>`): Hocuspocus's Redis extension relays
// each live document's updates and presence between the servers and takes a Redis lock before one
// of them stores a document; the servers share one PostgreSQL store for the data itself. Beside it,
// one channel of our own tells the other servers that a document's secrets were rotated, so they
// close their connections to it too (old links stop working on every server). The URL reaches the
// log only without its password.
import { Redis } from '@hocuspocus/extension-redis';
import { Redis as RedisClient } from 'ioredis';
import { randomUUID } from 'node:crypto';
import { redactedUrl } from './redact-url';

export type RedisLink = {
  extension: Redis;
  /** Where Redis is, for the log (never a password). */
  where: string;
  /** Tells the other servers that `documentName`'s secrets were rotated. */
  rotated(documentName: string): Promise<void>;
  close(): Promise<void>;
};

const PREFIX = 'continuity-sync';
const ROTATIONS = `${PREFIX}:rotated`;

export async function openRedisLink(
  url: string,
  log: (line: string) => void,
  /** Called when another server rotated `documentName`'s secrets. */
  onRotated: (documentName: string) => void,
): Promise<RedisLink> {
  const where = redactedUrl(url, 'Redis');
  const clients: RedisClient[] = [];
  const client = () => {
    const c = new RedisClient(url);
    // Without a listener ioredis prints the error itself; this way the log line is ours.
    c.on('error', (error: Error) => log(`redis error (${where}): ${error.message}`));
    clients.push(c);
    return c;
  };
  const identifier = `server-${randomUUID()}`;
  const extension = new Redis({ createClient: client, identifier, prefix: PREFIX });
  const rotations = client();
  // Fails fast on a wrong address or password rather than on the first document.
  await rotations.subscribe(ROTATIONS);
  rotations.on('message', (_channel: string, message: string) => {
    try {
      const { from, documentName } = JSON.parse(message) as { from?: string; documentName?: string };
      if (from !== identifier && typeof documentName === 'string') onRotated(documentName);
    } catch {
      log('redis: ignored a malformed rotation message');
    }
  });
  return {
    extension,
    where,
    async rotated(documentName) {
      await extension.pub.publish(ROTATIONS, JSON.stringify({ from: identifier, documentName }));
    },
    async close() {
      await extension.onDestroy();
      rotations.disconnect(false);
      for (const c of clients) c.disconnect(false);
    },
  };
}
