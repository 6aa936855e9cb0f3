// A new version never reloads a tab by itself: two tabs on one workbook, a new version appears on the
// server (the same build with a changed service worker), the user accepts it in the first tab; the
// second tab keeps what is being typed, writes it, and offers the update instead of reloading.
import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { resolve } from 'node:path';
import sirv from 'sirv';
import { createWorkbookViaUi, expect, expectSaved, test as appTest, type StaticServer } from './fixtures';

type VersionedServer = StaticServer & { publishNewVersion: () => void };

/** dist/ on loopback; publishNewVersion() makes /sw.js differ by a byte, as a new build's would. */
async function startVersionedServer(): Promise<VersionedServer> {
  const dir = resolve(process.env.DIST_DIR ?? 'dist');
  const assets = sirv(dir, { single: true, dev: false, etag: true });
  let version = 1;
  const server: Server = createServer((req, res) => {
    if (req.url?.split('?')[0] === '/sw.js') {
      const body = `${readFileSync(resolve(dir, 'sw.js'), 'utf8')}\n// version ${version}\n`;
      res.writeHead(200, { 'content-type': 'text/javascript', 'cache-control': 'no-cache' }).end(body);
      return;
    }
    assets(req, res, () => {
      res.writeHead(404).end();
    });
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  const port = (server.address() as AddressInfo).port;
  const stop = () =>
    new Promise<void>((ok) => {
      server.closeAllConnections();
      server.close(() => ok());
    });
  return {
    url: `http://127.0.0.1:${port}/`,
    port,
    stop,
    restart: async () => undefined,
    publishNewVersion: () => {
      version++;
    },
  };
}

const test = appTest.extend<{ server: VersionedServer }>({
  server: async ({}, use) => {
    const server = await startVersionedServer();
    await use(server);
    await server.stop();
  },
});

test('accepting an update in one tab does not reload another tab; it saves and offers the update', async ({
  page,
  context,
  server,
}) => {
  await page.goto(server.url);
  await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
  const url = await createWorkbookViaUi(page, 'Update plan');
  const other = await context.newPage();
  await other.goto(url);
  await expect(other.getByLabel(/^Scope/)).toBeVisible();
  // Marks this page load: a reload would lose it.
  await other.evaluate(() => {
    const w = window as unknown as { sameLoad: boolean; controllerChanged: boolean };
    w.sameLoad = true;
    navigator.serviceWorker.addEventListener('controllerchange', () => (w.controllerChanged = true));
  });

  // A new version is published; a tab coming back into view checks for it (as it does hourly).
  server.publishNewVersion();
  await page.evaluate(() => document.dispatchEvent(new Event('visibilitychange')));
  const offer = (p: typeof page) => p.getByRole('alert').filter({ hasText: 'A new version' });
  await expect(offer(page)).toBeVisible();
  await expect(offer(other)).toBeVisible();

  // The second tab is typing when the first one accepts.
  await other.getByLabel(/^Scope/).fill('typed in the other tab');
  await offer(page).getByRole('button', { name: 'Reload to update' }).click();
  await expect
    .poll(() =>
      other.evaluate(() => (window as unknown as { controllerChanged?: boolean }).controllerChanged),
    )
    .toBe(true);
  // The first tab reloaded into the new version; the second did not reload, kept its text, saved it.
  await expect(page.getByLabel(/^Scope/)).toBeVisible();
  await expectSaved(other);
  expect(await other.evaluate(() => (window as unknown as { sameLoad?: boolean }).sameLoad)).toBe(true);
  await expect(other.getByLabel(/^Scope/)).toHaveValue('typed in the other tab');
  await expect(offer(other)).toBeVisible();
  await expect(page.getByLabel(/^Scope/)).toHaveValue('typed in the other tab');
});
