// The team sync server under load, on loopback: propagation latency between two clients (p50,
// p95 of 200 edits, each awaited), then N simulated clients (10, then 50) editing 10 workbooks
// for a bounded time, each writer changing its own record every 200 ms; every other client of the
// workbook, and one passive observer per workbook, records how long each edit took to arrive.
// Reports p95 latency and the server process's memory (RSS, heap after GC) at each load.
// Run alone: npx tsx test/bench/sync-bench.ts   (npm run bench calls runSyncBench)
import { fork } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import * as Y from 'yjs';
import {
  connectClient,
  newSecret,
  plainToken,
  registerToken,
  until,
  type TestClient,
} from '../unit/helpers/sync-client';

type Memory = { rss: number; heapUsed: number };
type LoadFigures = {
  clients: number;
  edits: number;
  arrivals: number;
  p50Ms: number;
  p95Ms: number;
  memory: Memory;
};
export type SyncBenchFigures = { p50Ms: number; p95Ms: number; idle: Memory; loads: LoadFigures[] };

const percentile = (values: number[], p: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;
};

/** Starts the server process; returns its URL, a memory probe and a stop. */
async function serverProcess(dataDir: string) {
  const child = fork(new URL('./sync-bench-server.ts', import.meta.url), [dataDir], {
    execArgv: ['--import', 'tsx', '--expose-gc'],
  });
  const url = await new Promise<string>((done) =>
    child.on('message', (m: { url?: string }) => {
      if (m.url) done(m.url);
    }),
  );
  const memory = () =>
    new Promise<Memory>((done) => {
      const listener = (m: { memory?: Memory }) => {
        if (!m.memory) return;
        child.off('message', listener);
        done({ rss: m.memory.rss, heapUsed: m.memory.heapUsed });
      };
      child.on('message', listener);
      child.send('memory');
    });
  const stop = () =>
    new Promise<void>((done) => {
      child.once('exit', () => done());
      child.send('stop');
    });
  return { url, memory, stop };
}

const bench = (doc: Y.Doc) => doc.getMap<{ seq: number; t: number }>('bench');

async function propagation(url: string): Promise<{ p50Ms: number; p95Ms: number }> {
  const edit = newSecret();
  const a = connectClient(url, 'wb:latency', registerToken(edit, newSecret()));
  await until(() => a.provider.isSynced, 'a');
  const b = connectClient(url, 'wb:latency', plainToken(edit));
  await until(() => b.provider.isSynced, 'b');
  const times: number[] = [];
  for (let seq = 0; seq < 220; seq++) {
    const arrived = new Promise<number>((done) => {
      const observer = () => {
        if (bench(b.doc).get('a')?.seq !== seq) return;
        bench(b.doc).unobserve(observer);
        done(performance.now());
      };
      bench(b.doc).observe(observer);
    });
    const sent = performance.now();
    bench(a.doc).set('a', { seq, t: sent });
    const at = await arrived;
    if (seq >= 20) times.push(at - sent); // the first 20 warm up
  }
  a.destroy();
  b.destroy();
  return { p50Ms: percentile(times, 50), p95Ms: percentile(times, 95) };
}

async function load(
  url: string,
  writers: number,
  workbooks: number,
  durationMs: number,
  memory: () => Promise<Memory>,
): Promise<LoadFigures> {
  const tag = `n${writers}`;
  const secrets = Array.from({ length: workbooks }, () => newSecret());
  const clients: TestClient[] = [];
  const arrivals: number[] = [];
  const join = async (w: number, id: string) => {
    const name = `wb:${tag}-${w}`;
    const token = clients.some((c) => c.provider.configuration.name === name)
      ? plainToken(secrets[w]!)
      : registerToken(secrets[w]!, newSecret());
    const c = connectClient(url, name, token);
    clients.push(c);
    await until(() => c.provider.isSynced, `client ${id}`, 30_000);
    bench(c.doc).observe((event) => {
      if (event.transaction.local) return;
      const now = performance.now();
      for (const key of event.keysChanged) if (key !== id) arrivals.push(now - bench(c.doc).get(key)!.t);
    });
    return c;
  };
  // One passive observer per workbook (registers it), then the writers, spread over the workbooks.
  for (let w = 0; w < workbooks; w++) await join(w, 'observer');
  const writing: { c: TestClient; id: string }[] = [];
  for (let i = 0; i < writers; i++) writing.push({ c: await join(i % workbooks, `w${i}`), id: `w${i}` });

  let edits = 0;
  const end = performance.now() + durationMs;
  const timers = writing.map(({ c, id }, i) => {
    let seq = 0;
    // Staggered starts, so the writers do not all edit in the same millisecond.
    return setTimeout(
      function tick() {
        if (performance.now() > end) return;
        bench(c.doc).set(id, { seq: seq++, t: performance.now() });
        edits++;
        timers[i] = setTimeout(tick, 200);
      },
      (i * 200) / writers,
    );
  });
  await new Promise((done) => setTimeout(done, durationMs + 500));
  timers.forEach(clearTimeout);
  const mem = await memory();
  for (const c of clients) c.destroy();
  return {
    clients: writers,
    edits,
    arrivals: arrivals.length,
    p50Ms: percentile(arrivals, 50),
    p95Ms: percentile(arrivals, 95),
    memory: mem,
  };
}

export async function runSyncBench(durationMs = 10_000): Promise<SyncBenchFigures> {
  const dataDir = mkdtempSync(join(tmpdir(), 'sync-bench-'));
  const server = await serverProcess(dataDir);
  try {
    const idle = await server.memory();
    const latency = await propagation(server.url);
    const loads: LoadFigures[] = [];
    for (const writers of [10, 50])
      loads.push(await load(server.url, writers, 10, durationMs, server.memory));
    return { ...latency, idle, loads };
  } finally {
    await server.stop();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

const mb = (n: number) => `${(n / 2 ** 20).toFixed(1)} MiB`;
const describeLoad = (l: LoadFigures) =>
  `${l.clients} clients: p50 ${l.p50Ms.toFixed(1)} ms, p95 ${l.p95Ms.toFixed(1)} ms over ${l.arrivals} arrivals of ${l.edits} edits; server RSS ${mb(l.memory.rss)}, heap ${mb(l.memory.heapUsed)}`;
const describeMemory = (m: Memory) => `RSS ${mb(m.rss)}, heap ${mb(m.heapUsed)}`;

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const r = await runSyncBench();
  console.log(`propagation between two clients: p50 ${r.p50Ms.toFixed(1)} ms, p95 ${r.p95Ms.toFixed(1)} ms`);
  console.log(`idle server: ${describeMemory(r.idle)}`);
  for (const l of r.loads) console.log(describeLoad(l));
}
