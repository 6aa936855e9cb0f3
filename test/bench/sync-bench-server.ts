// The sync server in its own process for the sync bench, so its memory is its own and the clients'
// event loop does not slow it: prints its URL, answers "memory" messages with process.memoryUsage().
import { startSyncServer } from '../../src/server/sync-server';

const dataDir = process.argv[2];
if (!dataDir) throw new Error('usage: sync-bench-server.ts <data dir>');
const server = await startSyncServer({ port: 0, dataDir, distDir: `${dataDir}/none` });
process.send?.({ url: server.url });
process.on('message', (message) => {
  if (message === 'memory') {
    global.gc?.();
    process.send?.({ memory: process.memoryUsage() });
  }
  if (message === 'stop')
    server.stop().then(
      () => process.exit(0),
      () => process.exit(1),
    );
});
