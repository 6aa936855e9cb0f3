// Shared e2e fixtures: a static server of dist/ per test (so a test can stop it to go offline),
// and a page that records every request and CSP violation; both are checked after each test.
import { test as base, expect, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { resolve } from 'node:path';
import sirv from 'sirv';

export type StaticServer = {
  url: string;
  port: number;
  stop: () => Promise<void>;
  restart: () => Promise<void>;
};

export async function startStaticServer(port = 0): Promise<StaticServer> {
  // DIST_DIR lets several builds be tested side by side (e.g. npx vite build --outDir /tmp/dist-x).
  const assets = sirv(resolve(process.env.DIST_DIR ?? 'dist'), { single: true, dev: false, etag: true });
  let server: Server;
  const listen = (p: number) =>
    new Promise<number>((ok) => {
      server = createServer((req, res) =>
        assets(req, res, () => {
          res.writeHead(404).end();
        }),
      );
      server.listen(p, '127.0.0.1', () => ok((server.address() as AddressInfo).port));
    });
  const actualPort = await listen(port);
  const stop = () =>
    new Promise<void>((ok) => {
      server.closeAllConnections();
      server.close(() => ok());
    });
  return {
    url: `http://127.0.0.1:${actualPort}/`,
    port: actualPort,
    stop,
    restart: async () => {
      await listen(actualPort);
    },
  };
}

type Fixtures = { server: StaticServer; requests: string[]; cspViolations: string[] };

export const test = base.extend<Fixtures>({
  server: async ({}, use) => {
    const server = await startStaticServer();
    await use(server);
    await server.stop().catch(() => undefined);
  },
  requests: async ({ context }, use) => {
    const urls: string[] = [];
    context.on('request', (r) => urls.push(r.url()));
    await use(urls);
  },
  cspViolations: async ({ context }, use) => {
    const violations: string[] = [];
    await context.exposeBinding('__reportCsp', (_source, text: string) => violations.push(text));
    await context.addInitScript(() => {
      document.addEventListener('securitypolicyviolation', (e) => {
        (window as unknown as { __reportCsp: (t: string) => void }).__reportCsp(
          `${e.violatedDirective} ${e.blockedURI}`,
        );
      });
    });
    await use(violations);
  },
  page: async ({ page, server, requests, cspViolations }, use) => {
    await use(page);
    // Nothing may leave the origin, ever; the CSP must never have had to block anything.
    const origin = new URL(server.url).origin;
    const foreign = requests.filter(
      (u) => !u.startsWith(origin) && !/^(data|blob|chrome-extension):/.test(u),
    );
    expect(foreign, 'requests to other origins').toEqual([]);
    expect(cspViolations, 'CSP violations').toEqual([]);
  },
});
export { expect };

/** axe: no serious or critical violation on the current screen. */
export async function expectAccessible(page: Page, label: string) {
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
    .analyze();
  const bad = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect(
    bad.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`),
    `axe on ${label}`,
  ).toEqual([]);
}

/** Creates a workbook through the UI and returns its URL. */
export async function createWorkbookViaUi(page: Page, title: string, organisation = '') {
  await page.getByRole('button', { name: /New workbook|새 워크북/ }).click();
  await page.getByLabel(/^(Title|제목)/).fill(title);
  if (organisation) await page.getByLabel(/^(Organisation|조직)/).fill(organisation);
  await page.getByRole('button', { name: /Create workbook|워크북 만들기/ }).click();
  await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
  return page.url();
}

/** Waits until the header says everything is saved. */
export async function expectSaved(page: Page) {
  await expect(page.getByTestId('save-status')).toHaveText(/All changes saved|모든 변경 사항 저장됨/);
}
