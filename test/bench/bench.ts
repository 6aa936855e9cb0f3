// `npm run bench`: builds the app and its baselines, measures every budgeted figure in Chromium
// (Debian's, through Playwright) and in Node, and prints one table: figure, value, baseline,
// ratio, budget. Timings are medians of several runs; this machine's speed drifts, so each ratio
// is taken against a baseline measured in the same run. The table is also written to README.md.
import { execSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { appInteractiveList, backupSpeed, helloFirstPaint } from './app-bench';
import { buildHelloWorld } from './build-baselines';
import { sizeFigures, SIZE_BUDGETS } from './size';
import type { SyncBenchFigures } from './sync-bench';

type Row = {
  figure: string;
  value: string;
  baseline: string;
  ratio: string;
  budget: string;
  ok: boolean | null;
};
const rows: Row[] = [];
const ms = (n: number) => `${Math.round(n)} ms`;
const kib = (n: number) => `${(n / 1024).toFixed(1)} KiB`;
const add = (r: Row) => {
  rows.push(r);
  console.log(`  ${r.figure}: ${r.value} (budget ${r.budget})`);
};

const args = process.argv.slice(2);
const dist = 'dist';
if (!args.includes('--no-build')) {
  console.log('Building the app…');
  execSync('npm run build', { stdio: 'inherit' });
}
const helloDist = await buildHelloWorld();

console.log('Sizes…');
const sizes = await sizeFigures(dist);
add({
  figure: "first screen's JavaScript, gzipped",
  value: kib(sizes.app.gzipBytes),
  baseline: `${kib(sizes.hello.gzipBytes)} (hello world)`,
  ratio: `${sizes.ratio.toFixed(2)} x`,
  budget: `≤ ${SIZE_BUDGETS.firstScreenRatio} x`,
  ok: sizes.ratio <= SIZE_BUDGETS.firstScreenRatio,
});
add({
  figure: 'everything the service worker precaches',
  value: `${(sizes.precache.bytes / 1e6).toFixed(2)} MB gzip, ${(sizes.precache.storedBytes / 1e6).toFixed(2)} MB stored (${sizes.precache.files} files)`,
  baseline: '-',
  ratio: '-',
  budget: '≤ 6 MB gzip, ≤ 12 MB stored',
  ok:
    sizes.precache.bytes <= SIZE_BUDGETS.precacheBytes &&
    sizes.precache.storedBytes <= SIZE_BUDGETS.precacheStoredBytes,
});

console.log('Load timings in Chromium…');
const hello = await helloFirstPaint(helloDist);
const list = await appInteractiveList(dist);
add({
  figure: 'load to an interactive workbook list (SW warm)',
  value: ms(list),
  baseline: `${ms(hello)} (hello world first paint)`,
  ratio: `${(list / hello).toFixed(2)} x`,
  budget: '≤ 1.5 x',
  ok: list / hello <= 1.5,
});

const optional = async <T>(path: string, name: string): Promise<T | null> => {
  try {
    return (await import(path))[name] as T;
  } catch (error) {
    console.log(`  (${path} not available: ${(error as Error).message.split('\n')[0]})`);
    return null;
  }
};

console.log('Scenario list with 1,000 scenarios…');
const runScenarioBench = await optional<(d: string) => Promise<Record<string, number>>>(
  './scenarios-bench',
  'runScenarioBench',
);
if (runScenarioBench) {
  const s = await runScenarioBench(dist);
  const open = s.openListMedianMs ?? NaN;
  const p95 = s.keystrokeToPaintP95Ms ?? NaN;
  add({
    figure: 'open a 1,000-scenario workbook to an interactive list',
    value: ms(open),
    baseline: '-',
    ratio: '-',
    budget: '≤ 500 ms',
    ok: open <= 500,
  });
  add({
    figure: 'keystroke to next paint in that workbook, p95',
    value: ms(p95),
    baseline: '-',
    ratio: '-',
    budget: '≤ 50 ms',
    ok: p95 <= 50,
  });
  add({
    figure: 'keystroke in a scenario field to the saved state (300 ms save delay included), median / p95',
    value: `${ms(s.keystrokeToSavedMedianMs ?? NaN)} / ${ms(s.keystrokeToSavedP95Ms ?? NaN)}`,
    baseline: '-',
    ratio: '-',
    budget: '-',
    ok: null,
  });
}

console.log('Backup export and import…');
const backup = await backupSpeed(dist);
add({
  figure: 'export a 1,000-scenario backup',
  value: ms(backup.exportMs),
  baseline: '-',
  ratio: '-',
  budget: '≤ 500 ms',
  ok: backup.exportMs <= 500,
});
add({
  figure: `import a ${(backup.importBytes / 1e6).toFixed(1)} MB backup`,
  value: ms(backup.importMs),
  baseline: '-',
  ratio: '-',
  budget: '≤ 2 s',
  ok: backup.importMs <= 2000,
});

console.log('A workbook with 20 versions of a 100-scenario plan…');
const runVersionsBench = await optional<
  (d: string, n?: number) => Promise<{ importMs: number; openMs: number; exportMs: number; bytes: number }>
>('./versions-bench', 'runVersionsBench');
if (runVersionsBench) {
  // The same plan with no version, in the same run: what the versions themselves cost.
  const none = await runVersionsBench(dist, 0);
  const v = await runVersionsBench(dist, 20);
  add({
    figure: `20 versions of a 100-scenario plan (${(v.bytes / 1e6).toFixed(1)} MB): import / open overview / export all`,
    value: `${ms(v.importMs)} / ${ms(v.openMs)} / ${ms(v.exportMs)}`,
    baseline: `${ms(none.importMs)} / ${ms(none.openMs)} / ${ms(none.exportMs)} (no version)`,
    ratio: '-',
    budget: '≤ 2 s / ≤ 500 ms / ≤ 500 ms',
    ok: v.importMs <= 2000 && v.openMs <= 500 && v.exportMs <= 500,
  });
}

console.log('BIA engine…');
const runBiaBench = await optional<() => { engineMs: number; rollUpMs: number }>(
  './bia-bench',
  'runBiaBench',
);
if (runBiaBench) {
  const b = runBiaBench();
  add({
    figure: 'BIA engine, 200 processes / 500 resources / 2,000 dependencies, one scenario (Node)',
    value: `${b.engineMs.toFixed(1)} ms`,
    baseline: '-',
    ratio: '-',
    budget: '≤ 50 ms',
    ok: b.engineMs <= 50,
  });
  add({
    figure: 'BIA roll-up (gaps, single points of failure) on that graph (Node)',
    value: `${b.rollUpMs.toFixed(1)} ms`,
    baseline: '-',
    ratio: '-',
    budget: '≤ 50 ms',
    ok: b.rollUpMs <= 50,
  });
}

console.log('BIA what-if in Chromium…');
const runBiaUiBench = await optional<
  (d: string) => Promise<{ longestTaskMs: number; worstMs: number; longTasks: number }>
>('./bia-ui-bench', 'biaWhatIfLongestTask');
if (runBiaUiBench) {
  const u = await runBiaUiBench(dist);
  add({
    figure:
      'BIA what-if on the 200 / 500 / 2,000 workbook: longest main-thread task while it recomputes (Chromium, engine in a worker)',
    value: `${u.longestTaskMs.toFixed(1)} ms (worst of 5: ${u.worstMs.toFixed(1)} ms; ${u.longTasks} long tasks)`,
    baseline: '-',
    ratio: '-',
    budget: '≤ 50 ms',
    ok: u.longestTaskMs <= 50,
  });
}

console.log('Team sync server (loopback, server in its own process)…');
const runSyncBench = await optional<() => Promise<SyncBenchFigures>>('./sync-bench', 'runSyncBench');
if (runSyncBench) {
  const s = await runSyncBench();
  add({
    figure: 'sync: an edit from one client to another, p50 / p95',
    value: `${s.p50Ms.toFixed(1)} / ${s.p95Ms.toFixed(1)} ms`,
    baseline: '-',
    ratio: '-',
    budget: 'p95 ≤ 1 s',
    ok: s.p95Ms <= 1000,
  });
  for (const l of s.loads)
    add({
      figure: `sync: ${l.clients} clients editing 10 workbooks (5 edits/s each, 10 s), p95 arrival / server memory`,
      value: `${l.p95Ms.toFixed(1)} ms / RSS ${(l.memory.rss / 2 ** 20).toFixed(0)} MiB, heap ${(l.memory.heapUsed / 2 ** 20).toFixed(1)} MiB`,
      baseline: `idle server: RSS ${(s.idle.rss / 2 ** 20).toFixed(0)} MiB, heap ${(s.idle.heapUsed / 2 ** 20).toFixed(1)} MiB`,
      ratio: '-',
      budget: 'p95 ≤ 1 s',
      ok: l.p95Ms <= 1000,
    });
}

console.log('Plan PDF…');
const runPdfBench = await optional<(d: string) => Promise<Record<string, number>>>(
  './pdf-bench',
  'runPdfBench',
);
if (runPdfBench) {
  const p = await runPdfBench(dist);
  const chromiumMs = p.chromiumMs ?? NaN;
  // The straightforward document is rendered in Node only (it is not part of the app).
  const baselineMs = p.baselineMs ?? NaN;
  add({
    figure: '100-scenario plan PDF, Chromium',
    value: ms(chromiumMs),
    baseline: `${ms(baselineMs)} (straightforward react-pdf, Node)`,
    ratio: `${(chromiumMs / baselineMs).toFixed(2)} x`,
    budget: '≤ 0.25 x',
    ok: chromiumMs / baselineMs <= 0.25,
  });
  if (p.summaryMs !== undefined)
    add({
      figure: 'leadership summary of that workbook, Chromium (click to saved file, first page included)',
      value: `${ms(p.summaryMs)} (${p.summaryPages} pages)`,
      baseline: '-',
      ratio: '-',
      budget: '< 1.5 s',
      ok: p.summaryMs < 1500,
    });
  if (p.nodeMs !== undefined) {
    const nodeBase = p.baselineNodeMs ?? p.baselineMs ?? NaN;
    add({
      figure: '100-scenario plan PDF, Node',
      value: ms(p.nodeMs),
      baseline: `${ms(nodeBase)} (straightforward react-pdf)`,
      ratio: `${(p.nodeMs / nodeBase).toFixed(2)} x`,
      budget: '≤ 0.25 x',
      ok: p.nodeMs / nodeBase <= 0.25,
    });
  }
  add({
    figure: 'longest main-thread task during that export',
    // The Long Tasks API reports only tasks of 50 ms or more: none reported means all were shorter.
    value: p.longestTaskMs ? ms(p.longestTaskMs) : '< 50 ms (no long task reported)',
    baseline: '-',
    ratio: '-',
    budget: '≤ 100 ms',
    ok: (p.longestTaskMs ?? Infinity) <= 100,
  });
  if (p.pages !== undefined)
    add({
      figure: 'plan PDF pages / size',
      value: `${p.pages} pages, ${kib(p.bytes ?? 0)}`,
      baseline: '-',
      ratio: '-',
      budget: '-',
      ok: null,
    });
}

const machine = `${os.cpus().length} cores (${os.cpus()[0]?.model.trim()}), ${Math.round(os.totalmem() / 2 ** 30)} GiB, Node ${process.version}`;
const stamp = new Date().toISOString().slice(0, 16).replace('T', ' ');
const table = [
  `Measured ${stamp} UTC on ${machine}, Chromium ${execSync('/usr/bin/chromium --version 2>/dev/null || true').toString().trim() || '?'}.`,
  '',
  '| figure | value | baseline (same run) | ratio | budget | met |',
  '|---|---|---|---|---|---|',
  ...rows.map(
    (r) =>
      `| ${r.figure} | ${r.value} | ${r.baseline} | ${r.ratio} | ${r.budget} | ${r.ok === null ? '-' : r.ok ? 'yes' : '**no**'} |`,
  ),
].join('\n');
console.log(`\n${table}\n`);

const readme = readFileSync('README.md', 'utf8');
const start = '<!-- bench:start -->';
const end = '<!-- bench:end -->';
if (readme.includes(start) && readme.includes(end) && !args.includes('--no-readme')) {
  writeFileSync(
    'README.md',
    `${readme.slice(0, readme.indexOf(start) + start.length)}\n\n${table}\n\n${readme.slice(readme.indexOf(end))}`,
  );
  // Keep README in the project's format, so `npm run check` stays green after a bench run.
  execSync('npx prettier --write README.md', { stdio: 'ignore' });
  console.log('README.md updated with this table.');
}
