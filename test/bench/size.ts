// `npm run size`: prints the size figures of dist/ against the hello-world baseline and, with
// --check, fails when a size budget is broken (npm test runs it with --check). The first screen's
// JavaScript is what Chromium fetched, in a first visit, until the "New workbook" button shows.
import { buildHelloWorld } from './build-baselines';
import { firstScreenJs, loadedJs, precacheBytes } from './sizes';

/** Precache: at most 6 MB as transferred (gzip) and 12 MB as stored (pdf-performance.md). */
export const SIZE_BUDGETS = {
  firstScreenRatio: 2.2,
  precacheBytes: 6 * 1000 * 1000,
  precacheStoredBytes: 12 * 1000 * 1000,
};

export async function sizeFigures(distDir = 'dist') {
  const helloDir = await buildHelloWorld();
  const loaded = await loadedJs(distDir, { selector: 'button', text: 'New workbook' });
  const hello = await loadedJs(helloDir, { selector: 'h1', text: 'Hello, world' });
  const app = loaded.firstScreen;
  const precache = precacheBytes(distDir);
  return {
    app,
    afterwards: loaded.afterwards,
    staticImports: firstScreenJs(distDir),
    hello: hello.firstScreen,
    precache,
    ratio: app.gzipBytes / hello.firstScreen.gzipBytes,
  };
}

const kb = (n: number) => `${(n / 1024).toFixed(1)} KiB`;

if (import.meta.url === `file://${process.argv[1]}`) {
  const check = process.argv.includes('--check');
  const f = await sizeFigures(process.env.DIST_DIR ?? 'dist');
  const rows = [
    [
      'first screen JS (gzip)',
      kb(f.app.gzipBytes),
      kb(f.hello.gzipBytes),
      `${f.ratio.toFixed(2)} x`,
      `≤ ${SIZE_BUDGETS.firstScreenRatio} x`,
    ],
    [
      'precache total, transferred (gzip) / stored',
      `${(f.precache.bytes / 1e6).toFixed(2)} MB / ${(f.precache.storedBytes / 1e6).toFixed(2)} MB (${f.precache.files} files)`,
      '-',
      '-',
      `≤ ${SIZE_BUDGETS.precacheBytes / 1e6} MB / ≤ ${SIZE_BUDGETS.precacheStoredBytes / 1e6} MB`,
    ],
  ];
  console.log('| figure | app | hello-world | ratio | budget |\n|---|---|---|---|---|');
  for (const r of rows) console.log(`| ${r.join(' | ')} |`);
  console.log(`first-screen files (fetched before "New workbook" shows): ${f.app.files.join(', ')}`);
  console.log(
    `fetched after it, by network idle: ${kb(f.afterwards.gzipBytes)} (${f.afterwards.files.join(', ') || 'nothing'})`,
  );
  console.log(`the entry's static imports alone: ${kb(f.staticImports.gzipBytes)}`);
  const failures = [
    f.ratio > SIZE_BUDGETS.firstScreenRatio &&
      `first screen JS is ${f.ratio.toFixed(2)} x the hello-world app`,
    f.precache.bytes > SIZE_BUDGETS.precacheBytes &&
      `precache is ${(f.precache.bytes / 1e6).toFixed(2)} MB transferred`,
    f.precache.storedBytes > SIZE_BUDGETS.precacheStoredBytes &&
      `precache is ${(f.precache.storedBytes / 1e6).toFixed(2)} MB stored`,
  ].filter(Boolean);
  if (check && failures.length) {
    console.error(`Size budget broken: ${failures.join('; ')}`);
    process.exit(1);
  }
}
