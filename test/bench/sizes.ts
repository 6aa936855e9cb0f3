// Size figures of a production build: the JavaScript the first screen really loads (gzipped, read
// from Chromium's resource timing), what the entry imports statically, and the service worker's precache.
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { launchChromium, serve } from './browser';

const gzipSize = (file: string) => gzipSync(readFileSync(file), { level: 9 }).length;

/**
 * The first screen's JavaScript: the entry module and every module it imports statically
 * (followed through the chunks' own import statements), all gzipped. Lazy chunks are excluded.
 */
export function firstScreenJs(distDir: string): { files: string[]; gzipBytes: number; rawBytes: number } {
  const html = readFileSync(join(distDir, 'index.html'), 'utf8');
  const entries = [...html.matchAll(/<script[^>]+type="module"[^>]+src="([^"]+)"/g)].map((m) => m[1]!);
  const seen = new Set<string>();
  const queue = entries.map((src) => src.replace(/^.*?assets\//, 'assets/'));
  while (queue.length) {
    const rel = queue.shift()!;
    if (seen.has(rel)) continue;
    seen.add(rel);
    const code = readFileSync(join(distDir, rel), 'utf8');
    // Static imports only: `import ... from "./x.js"` and `import "./x.js"` (not import()).
    for (const m of code.matchAll(/(?:^|[;\s}])import\s*(?:[^'"()]*?from\s*)?["'](\.\/[^"']+\.js)["']/g)) {
      queue.push(join('assets', m[1]!.slice(2)));
    }
  }
  const files = [...seen];
  return {
    files,
    gzipBytes: files.reduce((n, f) => n + gzipSize(join(distDir, f)), 0),
    rawBytes: files.reduce((n, f) => n + statSync(join(distDir, f)).size, 0),
  };
}

export type LoadedJs = { files: string[]; gzipBytes: number };
type Fetched = { name: string; startTime: number };

const jsFiles = (entries: Fetched[]) => [
  ...new Set(
    entries
      .map((e) => new URL(e.name))
      .filter((u) => u.protocol.startsWith('http') && u.pathname.endsWith('.js'))
      .map((u) => decodeURIComponent(u.pathname).replace(/^\//, '')),
  ),
];
const measured = (distDir: string, files: string[]): LoadedJs => ({
  files,
  gzipBytes: files.reduce((n, f) => n + gzipSize(join(distDir, f)), 0),
});

/** In the page: note the time at which an element with this text first enters the document. */
function noteWhenShown({ selector, text }: { selector: string; text: string }) {
  const w = window as unknown as { __shownAt?: number };
  const observer = new MutationObserver(() => {
    const shown = [...document.querySelectorAll(selector)].some((e) => e.textContent?.trim() === text);
    if (shown && w.__shownAt === undefined) {
      w.__shownAt = performance.now();
      observer.disconnect();
    }
  });
  observer.observe(document, { childList: true, subtree: true, characterData: true });
}

/**
 * The JavaScript a first visit really fetches, from Chromium's resource timing: every fetch that
 * started before the element `shown` entered the page (the app: its "New workbook" button), and,
 * apart, what started later until the network was idle (work deferred past the first screen,
 * such as the storage notices and the service worker's registration).
 */
export async function loadedJs(
  distDir: string,
  shown: { selector: string; text: string },
): Promise<{ firstScreen: LoadedJs; afterwards: LoadedJs }> {
  const server = await serve(distDir);
  const browser = await launchChromium();
  try {
    const context = await browser.newContext();
    await context.addInitScript(noteWhenShown, shown);
    const page = await context.newPage();
    await page.goto(server.url, { waitUntil: 'commit' });
    await page.waitForFunction(
      () => (window as unknown as { __shownAt?: number }).__shownAt !== undefined,
      null,
      {
        timeout: 30_000,
      },
    );
    await page.waitForLoadState('networkidle');
    const { shownAt, entries } = await page.evaluate(() => ({
      shownAt: (window as unknown as { __shownAt: number }).__shownAt,
      entries: [
        ...performance.getEntriesByType('navigation'),
        ...performance.getEntriesByType('resource'),
      ].map((e) => ({ name: e.name, startTime: e.startTime })),
    }));
    const first = jsFiles(entries.filter((e) => e.startTime < shownAt));
    const later = jsFiles(entries).filter((f) => !first.includes(f));
    return { firstScreen: measured(distDir, first), afterwards: measured(distDir, later) };
  } finally {
    await browser.close();
    await server.stop();
  }
}

/**
 * Every file listed in the service worker's precache manifest: bytes as transferred (each file
 * gzipped, as a server sends it; the budget counts this, see /work/shared/design/pdf-performance.md)
 * and as stored in the cache (uncompressed).
 */
export function precacheBytes(distDir: string): { files: number; bytes: number; storedBytes: number } {
  const sw = readFileSync(join(distDir, 'sw.js'), 'utf8');
  const urls = [...sw.matchAll(/url:"([^"]+)"/g)].map((m) => join(distDir, decodeURIComponent(m[1]!)));
  return {
    files: urls.length,
    bytes: urls.reduce((n, f) => n + gzipSize(f), 0),
    storedBytes: urls.reduce((n, f) => n + statSync(f).size, 0),
  };
}
