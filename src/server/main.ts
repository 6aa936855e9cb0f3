// `npm run sync:server -- --port 8787 --data ./sync-data [--postgres <url> [--redis <url>]]
// [--dist dist] [--host 0.0.0.0] [--trust-proxy]` (the Redis URL may come from SYNC_REDIS_URL): starts the team sync server, prints where it listens and where its
// data is (PostgreSQL and Redis addresses without their passwords), stops on Ctrl+C.
import { startSyncServer } from './sync-server';

const args = process.argv.slice(2);
const option = (name: string) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args[i + 1] : undefined;
};
const stamp = () => new Date().toISOString();

const server = await startSyncServer({
  port: Number(option('port') ?? process.env.PORT ?? 8787),
  host: option('host') ?? '127.0.0.1',
  dataDir: option('data') ?? 'sync-data',
  postgres: option('postgres'),
  // From the environment too, so a password in it stays out of the process list.
  redis: option('redis') ?? process.env.SYNC_REDIS_URL,
  distDir: option('dist') ?? 'dist',
  trustProxy: args.includes('--trust-proxy'),
  log: (line) => console.log(`${stamp()} ${line}`),
});
console.log(`Continuity Workbook team sync is running at ${server.url}`);

const shutdown = () => {
  server.stop().then(
    () => process.exit(0),
    (error: unknown) => {
      console.error(error);
      process.exit(1);
    },
  );
};
process.once('SIGINT', shutdown);
process.once('SIGTERM', shutdown);
