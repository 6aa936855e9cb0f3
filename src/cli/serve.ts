// Serves the production build (dist/) on localhost and prints its address.
// Usage: tsx src/cli/serve.ts [--port N] [--host H]; BASE_PATH=/bcp/ serves under a sub-path.
import { existsSync } from 'node:fs';
import { createServer } from 'node:http';
import { resolve } from 'node:path';
import { createAppHandler } from './app-handler';

const args = process.argv.slice(2);
const option = (name: string) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args[i + 1] : undefined;
};
const port = Number(option('port') ?? process.env.PORT ?? 4173);
const host = option('host') ?? '127.0.0.1';
const base = (process.env.BASE_PATH ?? '/').replace(/\/?$/, '/');
const dist = resolve(option('dir') ?? 'dist');

if (!existsSync(resolve(dist, 'index.html'))) {
  console.error(`No build in ${dist}. Run "npm run build" first.`);
  process.exit(1);
}

const server = createServer(createAppHandler(dist, base));

server.listen(port, host, () => {
  console.log(`Continuity Workbook is running at http://${host}:${port}${base}`);
});
