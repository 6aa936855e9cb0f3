// `npm run size`: prints the size figures of dist/ against the hello-world baseline and, with
// --check, fails when a size budget is broken (npm test runs it with --check).
import { buildHelloWorld } from './build-baselines';
import { firstScreenJs, precacheBytes } from './sizes';

export const SIZE_BUDGETS = { firstScreenRatio: 2.2, precacheBytes: 6 * 1000 * 1000 };

export async function sizeFigures(distDir = 'dist') {
  const helloDir = await buildHelloWorld();
  const app = firstScreenJs(distDir);
  const hello = firstScreenJs(helloDir);
  const precache = precacheBytes(distDir);
  return { app, hello, precache, ratio: app.gzipBytes / hello.gzipBytes };
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
      'precache total',
      `${(f.precache.bytes / 1e6).toFixed(2)} MB (${f.precache.files} files)`,
      '-',
      '-',
      `≤ ${SIZE_BUDGETS.precacheBytes / 1e6} MB`,
    ],
  ];
  console.log('| figure | app | hello-world | ratio | budget |\n|---|---|---|---|---|');
  for (const r of rows) console.log(`| ${r.join(' | ')} |`);
  console.log(`first-screen files: ${f.app.files.join(', ')}`);
  const failures = [
    f.ratio > SIZE_BUDGETS.firstScreenRatio &&
      `first screen JS is ${f.ratio.toFixed(2)} x the hello-world app`,
    f.precache.bytes > SIZE_BUDGETS.precacheBytes && `precache is ${(f.precache.bytes / 1e6).toFixed(2)} MB`,
  ].filter(Boolean);
  if (check && failures.length) {
    console.error(`Size budget broken: ${failures.join('; ')}`);
    process.exit(1);
  }
}
