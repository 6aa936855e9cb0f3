// The HTTP handler that serves the production build (dist/): the app under a base path, the
// service worker never cached, and the same response headers wherever the app is served, by
// `npm run serve` and by the team sync server alike (the CSP itself is in the built index.html).
import type { IncomingMessage, ServerResponse } from 'node:http';
import sirv from 'sirv';

/** Sent with every response: no MIME sniffing, no framing, no referrer (the URL may carry an invite). */
const SECURITY_HEADERS: Record<string, string> = {
  'X-Content-Type-Options': 'nosniff',
  'X-Frame-Options': 'DENY',
  'Referrer-Policy': 'no-referrer',
};

export function createAppHandler(dist: string, base = '/') {
  const assets = sirv(dist, { single: true, etag: true, dev: false });
  return (req: IncomingMessage, res: ServerResponse) => {
    for (const [name, value] of Object.entries(SECURITY_HEADERS)) res.setHeader(name, value);
    const url = req.url ?? '/';
    if (!url.startsWith(base)) {
      res.writeHead(302, { Location: base }).end();
      return;
    }
    req.url = `/${url.slice(base.length)}`;
    // The service worker must always be checked for updates.
    if (req.url.startsWith('/sw.js')) res.setHeader('Cache-Control', 'no-cache');
    assets(req, res, () => {
      res.writeHead(404).end('Not found');
    });
  };
}
