// Size figures of a production build: the JavaScript the first screen loads (gzipped) and
// everything the service worker precaches.
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

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

/** Sum of the sizes of every file listed in the service worker's precache manifest. */
export function precacheBytes(distDir: string): { files: number; bytes: number } {
  const sw = readFileSync(join(distDir, 'sw.js'), 'utf8');
  const urls = [...sw.matchAll(/url:"([^"]+)"/g)].map((m) => m[1]!);
  return {
    files: urls.length,
    bytes: urls.reduce((n, u) => n + statSync(join(distDir, decodeURIComponent(u))).size, 0),
  };
}
