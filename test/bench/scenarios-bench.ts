// Scenario step timings in Chromium against a built app, with a workbook of 1,000 scenarios
// imported through the app's own backup import:
//  (a) navigation start to an interactive scenario list (rows rendered, a click handled), median of 5;
//  (b) a keystroke in a scenario's title to the header saying "saved" (median and p95), and
//      keystroke to the next paint (p95).
// Run: npx tsx test/bench/scenarios-bench.ts --dist /tmp/dist-x   (npm run bench may call runScenarioBench)
import { writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Page } from '@playwright/test';
import { launchChromium, median, percentile, serve } from './browser';
import { generateBackup } from './generate';

const OPEN_RUNS = 5;
const SAVE_RUNS = 15;
const PAINT_KEYS = 40;
const WORKBOOK_ID = 'bench-scenarios';

async function seed(page: Page, url: string) {
  const file = join(tmpdir(), 'scenarios-bench-1000.json');
  writeFileSync(file, JSON.stringify(generateBackup(1000, { workbookId: WORKBOOK_ID })));
  await page.goto(url);
  await page.getByRole('button', { name: 'Import backup' }).click();
  await page.getByTestId('import-file').setInputFiles(file);
  await page.getByRole('button', { name: 'Import', exact: true }).click();
  await page.waitForSelector('.workbook-card');
}

/**
 * In every page of the bench context: as soon as the scenario list's first checkbox exists, click
 * it and record the frame after the click is handled. Measured inside the page, from navigation
 * start, so the harness's own polling and round trips are not counted.
 */
function watchListInteractive() {
  const w = window as unknown as { __listInteractive?: number };
  const poll = setInterval(() => {
    const box = document.querySelector<HTMLInputElement>('.scenarios-table tbody tr input[type="checkbox"]');
    if (!box) return;
    clearInterval(poll);
    box.addEventListener(
      'change',
      () => requestAnimationFrame(() => (w.__listInteractive = performance.now())),
      {
        once: true,
      },
    );
    box.click();
  }, 5);
  setTimeout(() => clearInterval(poll), 30_000);
}

/** Navigation start to the list rendered and a click on its first row's checkbox handled. */
async function openToInteractiveList(page: Page, url: string): Promise<number> {
  await page.goto('about:blank');
  await page.goto(`${url}#/w/${WORKBOOK_ID}/scenarios`, { waitUntil: 'commit' });
  await page.waitForFunction(
    () => (window as unknown as { __listInteractive?: number }).__listInteractive,
    null,
    {
      timeout: 30_000,
    },
  );
  return page.evaluate(() => (window as unknown as { __listInteractive: number }).__listInteractive);
}

/** Keystroke to "All changes saved", and keystroke to the next paint, in a scenario's title. */
async function keystrokes(page: Page, url: string) {
  await page.goto(`${url}#/w/${WORKBOOK_ID}/scenarios/s-1`);
  const title = page.getByLabel(/^Title/);
  await title.waitFor();
  await title.focus();
  await page.keyboard.press('End');
  // Paint timing: keydown (event.timeStamp) to the frame after it, measured in the page.
  await page.evaluate(() => {
    const w = window as unknown as { __paint: number[] };
    w.__paint = [];
    window.addEventListener(
      'keydown',
      (e) => {
        const start = e.timeStamp;
        requestAnimationFrame(() => setTimeout(() => w.__paint.push(performance.now() - start), 0));
      },
      true,
    );
  });
  // Saved timing: keydown to the header switching from "Saving…" to "All changes saved".
  await page.evaluate(() => {
    const w = window as unknown as { __saved: number[] };
    w.__saved = [];
    const status = document.querySelector('[data-testid="save-status"]')!;
    let start = 0;
    let sawSaving = false;
    window.addEventListener(
      'keydown',
      (e) => {
        start = e.timeStamp;
        sawSaving = false;
      },
      true,
    );
    new MutationObserver(() => {
      if (status.className.includes('save-saving')) sawSaving = true;
      else if (sawSaving && status.className.includes('save-saved')) {
        sawSaving = false;
        w.__saved.push(performance.now() - start);
      }
    }).observe(status, { attributes: true, childList: true, subtree: true, characterData: true });
  });
  for (let i = 0; i < SAVE_RUNS; i++) {
    await page.keyboard.press(String.fromCharCode(97 + (i % 26)));
    await page.waitForFunction(
      (n) => (window as unknown as { __saved: number[] }).__saved.length >= n,
      i + 1,
    );
  }
  const saved = await page.evaluate(() => (window as unknown as { __saved: number[] }).__saved);
  // Real keystrokes for the paint figure (typed at a brisk 20 per second).
  for (let i = 0; i < PAINT_KEYS; i++) {
    await page.keyboard.press(String.fromCharCode(97 + (i % 26)));
    await page.waitForTimeout(50);
  }
  await page.waitForTimeout(500);
  const paint = await page.evaluate(() => (window as unknown as { __paint: number[] }).__paint);
  return { saved, paint };
}

export async function runScenarioBench(distDir: string): Promise<Record<string, number>> {
  const server = await serve(resolve(distDir));
  const browser = await launchChromium();
  try {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    await context.addInitScript(watchListInteractive);
    const page = await context.newPage();
    await seed(page, server.url);
    const opens: number[] = [];
    for (let i = 0; i < OPEN_RUNS; i++) opens.push(await openToInteractiveList(page, server.url));
    const { saved, paint } = await keystrokes(page, server.url);
    return {
      openListMedianMs: median(opens),
      keystrokeToSavedMedianMs: median(saved),
      keystrokeToSavedP95Ms: percentile(saved, 95),
      keystrokeToPaintP95Ms: percentile(paint, 95),
      keystrokeToPaintMedianMs: median(paint),
    };
  } finally {
    await browser.close();
    await server.stop();
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const i = process.argv.indexOf('--dist');
  const dist = i > 0 ? process.argv[i + 1]! : 'dist';
  const figures = await runScenarioBench(dist);
  console.log('\nScenarios bench (1,000 scenarios, Chromium)');
  console.log('| figure | ms |\n|---|---|');
  for (const [name, value] of Object.entries(figures)) console.log(`| ${name} | ${value.toFixed(1)} |`);
}
