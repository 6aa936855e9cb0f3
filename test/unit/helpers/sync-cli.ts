// The sync server as `npm run sync:server` runs it, as a child process of the test: started on a
// free port with the given flags, resolved with its URL once it prints it, and its output kept so a
// test can read the log. Every child is recorded so the test can SIGKILL it afterwards.
import { spawn, type ChildProcess } from 'node:child_process';

export type SyncCli = { url: string; child: ChildProcess; output: string[] };

export const cliChildren: ChildProcess[] = [];

export function startCli(flags: string[]): Promise<SyncCli> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/server/main.ts', '--port', '0', ...flags], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  cliChildren.push(child);
  const output: string[] = [];
  return new Promise((done, fail) => {
    child.stdout!.setEncoding('utf8').on('data', (chunk: string) => {
      output.push(chunk);
      const match = /team sync is running at (http:\/\/\S+)/.exec(output.join(''));
      if (match) done({ url: match[1]!, child, output });
    });
    child.stderr!.setEncoding('utf8').on('data', (chunk: string) => output.push(chunk));
    child.once('exit', (code) => fail(new Error(`server exited (${code}): ${output.join('')}`)));
  });
}

/** SIGKILL: the server gets no chance to store anything on the way out. */
export async function killCli(cli: SyncCli): Promise<void> {
  const exited = new Promise((done) => cli.child.once('exit', done));
  cli.child.kill('SIGKILL');
  await exited;
}
