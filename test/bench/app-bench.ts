// Chromium timings of the app shell: load to an interactive workbook list with a warm service
// worker (against the hello-world app's load to first paint), and backup export / import speed.
import { writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { launchChromium, median, serve } from './browser';
import { generateBackup, generateBackupOfSize } from './generate';

const RUNS = 5;

/** Hello world: navigation start to first contentful paint. */
export async function helloFirstPaint(helloDist: string): Promise<number> {
  const server = await serve(helloDist);
  const browser = await launchChromium();
  const times: number[] = [];
  try {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(server.url);
    for (let i = 0; i < RUNS; i++) {
      await page.reload({ waitUntil: 'load' });
      await page.waitForFunction(() => performance.getEntriesByName('first-contentful-paint').length > 0);
      times.push(
        await page.evaluate(() => performance.getEntriesByName('first-contentful-paint')[0]!.startTime),
      );
    }
  } finally {
    await browser.close();
    await server.stop();
  }
  return median(times);
}

/** In the page: as soon as the workbook list has rendered, click its first button and note the time. */
function watchListReady() {
  const w = window as unknown as { __listReady?: number };
  const poll = setInterval(() => {
    const button = document.querySelector<HTMLButtonElement>('.toolbar button');
    if (!button || !document.querySelector('.workbook-cards, .empty')) return;
    clearInterval(poll);
    button.addEventListener('click', () => (w.__listReady = performance.now()), { once: true });
    button.click();
  }, 5);
  setTimeout(() => clearInterval(poll), 30_000);
}

/**
 * The app: navigation start until the list is rendered and its buttons respond, SW warm.
 * Measured inside the page (like the baseline's first paint), so harness latency is not counted.
 */
export async function appInteractiveList(appDist: string): Promise<number> {
  const server = await serve(appDist);
  const browser = await launchChromium();
  const times: number[] = [];
  try {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(server.url);
    await page.evaluate(() => navigator.serviceWorker.ready);
    await page.reload();
    await page.waitForFunction(() => Boolean(navigator.serviceWorker.controller));
    await context.addInitScript(watchListReady);
    for (let i = 0; i < RUNS; i++) {
      await page.reload({ waitUntil: 'commit' });
      await page.waitForFunction(() => (window as unknown as { __listReady?: number }).__listReady, null, {
        timeout: 30_000,
      });
      times.push(await page.evaluate(() => (window as unknown as { __listReady: number }).__listReady));
    }
  } finally {
    await browser.close();
    await server.stop();
  }
  return median(times);
}

/** Export of a 1,000-scenario backup (click to download), and import of a ~10 MB backup (file chosen to imported). */
export async function backupSpeed(
  appDist: string,
): Promise<{ exportMs: number; importMs: number; importBytes: number }> {
  const server = await serve(appDist);
  const browser = await launchChromium();
  const dir = tmpdir();
  const thousand = join(dir, 'bench-1000.json');
  writeFileSync(thousand, JSON.stringify(generateBackup(1000)));
  const bigText = generateBackupOfSize(10e6);
  const big = join(dir, 'bench-10mb.json');
  writeFileSync(big, bigText);
  const exportTimes: number[] = [];
  const importTimes: number[] = [];
  try {
    for (let run = 0; run < 3; run++) {
      const context = await browser.newContext({ acceptDownloads: true });
      const page = await context.newPage();
      await page.goto(server.url);
      // Import the 10 MB file: from choosing the file to the workbook listed.
      await page.getByRole('button', { name: 'Import backup' }).click();
      const t0 = Date.now();
      await page.getByTestId('import-file').setInputFiles(big);
      await page.getByRole('button', { name: 'Import', exact: true }).click();
      await page.waitForSelector('.workbook-card');
      importTimes.push(Date.now() - t0);
      // Replace it with the 1,000-scenario workbook, then time "Export all" to the download.
      await page.evaluate(async () => {
        const dbs = await indexedDB.databases();
        await Promise.all(
          dbs.map(
            (d) =>
              new Promise((r) => {
                const q = indexedDB.deleteDatabase(d.name!);
                q.onsuccess = q.onerror = q.onblocked = r;
              }),
          ),
        );
      });
      await page.reload();
      await page.getByRole('button', { name: 'Import backup' }).click();
      await page.getByTestId('import-file').setInputFiles(thousand);
      await page.getByRole('button', { name: 'Import', exact: true }).click();
      await page.waitForSelector('.workbook-card');
      const t1 = Date.now();
      const download = page.waitForEvent('download');
      await page.getByRole('button', { name: 'Export all (backup)' }).click();
      await download;
      exportTimes.push(Date.now() - t1);
      await context.close();
    }
  } finally {
    await browser.close();
    await server.stop();
  }
  return { exportMs: median(exportTimes), importMs: median(importTimes), importBytes: bigText.length };
}
