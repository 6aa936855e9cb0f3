// A throwaway PostgreSQL cluster for tests: initdb in a temp folder, started with pg_ctl on a free
// loopback port (its socket in the same folder), stopped and deleted afterwards; never a service
// left running. Uses Debian's binaries (/usr/lib/postgresql/<version>/bin or PATH); `null` with the
// reason when there are none. As root (initdb refuses root) it runs them as the `postgres` user.
import { execFileSync, spawnSync } from 'node:child_process';
import { chownSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { createServer, type AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export type PgCluster = { url: (user?: string, password?: string) => string; stop(): void };

function binDir(): string | null {
  const root = '/usr/lib/postgresql';
  const versions = existsSync(root)
    ? readdirSync(root)
        .filter((v) => existsSync(join(root, v, 'bin', 'initdb')))
        .sort((a, b) => Number(b) - Number(a))
    : [];
  if (versions[0]) return join(root, versions[0], 'bin');
  const found = spawnSync('sh', ['-c', 'command -v initdb'], { encoding: 'utf8' }).stdout.trim();
  return found ? join(found, '..') : null;
}

const freePort = () =>
  new Promise<number>((done, fail) => {
    const s = createServer();
    s.once('error', fail);
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address() as AddressInfo;
      s.close(() => done(port));
    });
  });

/** Starts a cluster, or says why it cannot. */
export async function startPgCluster(): Promise<PgCluster | { skip: string }> {
  const bin = binDir();
  if (!bin) return { skip: 'no PostgreSQL binaries (initdb, pg_ctl): install Debian’s postgresql package' };
  let asUser: string[] = [];
  const dir = mkdtempSync(join(tmpdir(), 'sync-pg-'));
  if (process.getuid?.() === 0) {
    const uid = spawnSync('id', ['-u', 'postgres'], { encoding: 'utf8' });
    const gid = spawnSync('id', ['-g', 'postgres'], { encoding: 'utf8' });
    if (uid.status !== 0) return { skip: 'running as root and there is no postgres user to run initdb as' };
    chownSync(dir, Number(uid.stdout), Number(gid.stdout));
    asUser = ['runuser', '-u', 'postgres', '--'];
  }
  const run = (tool: string, args: string[]) => {
    const [cmd, ...rest] = [...asUser, join(bin, tool), ...args];
    execFileSync(cmd!, rest, { stdio: 'pipe' });
  };
  const data = join(dir, 'data');
  const port = await freePort();
  run('initdb', ['-D', data, '-U', 'test', '--auth=trust', '-E', 'UTF8', '--no-locale', '--no-sync']);
  run('pg_ctl', [
    '-D',
    data,
    '-l',
    join(dir, 'log'),
    '-w',
    '-o',
    `-p ${port} -h 127.0.0.1 -k ${dir} -c fsync=off`,
    'start',
  ]);
  return {
    url: (user = 'test', password = '') =>
      `postgres://${user}${password ? `:${password}` : ''}@127.0.0.1:${port}/postgres`,
    stop() {
      try {
        run('pg_ctl', ['-D', data, '-w', '-m', 'fast', 'stop']);
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    },
  };
}
