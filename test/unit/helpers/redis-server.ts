// A throwaway Redis for tests: Debian's redis-server started as a child process on a free loopback
// port, with a password, its working folder in a temp folder and no persistence; killed and deleted
// afterwards, never a service left running. Says why when there is no redis-server.
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer, type AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export type RedisServer = { url: (password?: string) => string; password: string; stop(): void };

const freePort = () =>
  new Promise<number>((done, fail) => {
    const s = createServer();
    s.once('error', fail);
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address() as AddressInfo;
      s.close(() => done(port));
    });
  });

/** Starts Redis and resolves once it accepts connections, or says why it cannot. */
export async function startRedisServer(password: string): Promise<RedisServer | { skip: string }> {
  const bin = spawnSync('sh', ['-c', 'command -v redis-server'], { encoding: 'utf8' }).stdout.trim();
  if (!bin) return { skip: 'no redis-server: install Debian’s redis-server package' };
  const dir = mkdtempSync(join(tmpdir(), 'sync-redis-'));
  const port = await freePort();
  const child = spawn(
    bin,
    ['--port', String(port), '--bind', '127.0.0.1', '--dir', dir, '--save', '', '--appendonly', 'no', '-'],
    { stdio: ['pipe', 'pipe', 'pipe'] },
  );
  // The password goes in through standard input (a config file read from "-"), not the process list.
  child.stdin.end(`requirepass ${password}\n`);
  const output: string[] = [];
  const stop = () => {
    child.kill('SIGKILL');
    rmSync(dir, { recursive: true, force: true });
  };
  await new Promise<void>((done, fail) => {
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
      output.push(chunk);
      if (output.join('').includes('Ready to accept connections')) done();
    });
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => output.push(chunk));
    child.once('exit', (code) => {
      rmSync(dir, { recursive: true, force: true });
      fail(new Error(`redis-server exited (${code}): ${output.join('')}`));
    });
  });
  return {
    password,
    url: (pw = password) => `redis://:${encodeURIComponent(pw)}@127.0.0.1:${port}`,
    stop,
  };
}
