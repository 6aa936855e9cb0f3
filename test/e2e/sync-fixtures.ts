// Shared helpers of the team-sync e2e specs: the real sync server on loopback (port 0, a temporary
// data folder, serving the build) per test, devices as browser contexts of their own (own
// IndexedDB), a device whose sync socket can be cut (routeWebSocket) to go offline at once, and the
// owner sharing a workbook and others joining it by the invite link through the UI.
import {
  test as base,
  expect,
  type Browser,
  type BrowserContext,
  type Page,
  type WebSocketRoute,
} from '@playwright/test';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startSyncServer, type SyncServer } from '../../src/server/sync-server';
import { createWorkbookViaUi } from './fixtures';

export type Device = { context: BrowserContext; page: Page; offline(): Promise<void>; online(): void };

export const test = base.extend<{ sync: { server: SyncServer; dataDir: string; restart(): Promise<void> } }>({
  sync: async ({}, use) => {
    const dataDir = mkdtempSync(join(tmpdir(), 'cw-sync-e2e-'));
    const distDir = process.env.DIST_DIR ?? 'dist';
    const handle = {
      server: await startSyncServer({ port: 0, dataDir, distDir }),
      dataDir,
      restart: async () => {},
    };
    handle.restart = async () => {
      handle.server = await startSyncServer({ port: handle.server.port, dataDir, distDir });
    };
    await use(handle);
    // Devices first: a closed server would otherwise hear their reconnection attempts.
    for (const context of contexts.splice(0)) await context.close();
    await handle.server.stop();
    rmSync(dataDir, { recursive: true, force: true });
  },
});

const contexts: BrowserContext[] = [];

export async function device(browser: Browser, url: string): Promise<Device> {
  const context = await browser.newContext({ permissions: ['clipboard-read', 'clipboard-write'] });
  contexts.push(context);
  let cut = false;
  const open = new Set<WebSocketRoute>();
  await context.routeWebSocket(/\/sync$/, (ws) => {
    if (cut) return void ws.close();
    ws.connectToServer();
    open.add(ws);
  });
  const page = await context.newPage();
  await page.goto(url);
  return {
    context,
    page,
    async offline() {
      cut = true;
      for (const ws of open) await ws.close();
      open.clear();
      await expect(page.getByTestId('sync-status')).toHaveAttribute('data-status', 'offline');
    },
    online() {
      cut = false;
    },
  };
}

export const field = (page: Page, label: RegExp) => page.getByLabel(label);

/** Device A makes a workbook and shares it; returns the edit and read-only links. */
export async function share(browser: Browser, serverUrl: string, title: string) {
  const a = await device(browser, serverUrl);
  await createWorkbookViaUi(a.page, title);
  const panel = a.page.getByTestId('sharing-panel');
  await expect(panel.getByLabel(/^Sync server address/)).toHaveValue(serverUrl.replace(/\/$/, ''));
  await panel.getByLabel(/^Your name/).fill('Kim');
  await panel.getByRole('button', { name: 'Turn sharing on' }).click();
  const editLink = await panel.getByTestId('edit-link').inputValue({ timeout: 10_000 });
  const readLink = await panel.getByTestId('read-link').inputValue();
  await expect(a.page.getByTestId('sync-status')).toHaveAttribute('data-status', 'connected');
  return { a, editLink, readLink };
}

export async function joinWith(browser: Browser, link: string, title: string) {
  const d = await device(browser, link);
  await d.page.getByRole('button', { name: 'Open the shared workbook' }).click();
  await expect(d.page.getByRole('heading', { level: 1, name: title })).toBeVisible();
  await expect(d.page.getByTestId('sync-status')).toHaveAttribute('data-status', /connected/);
  return d;
}

export { expect };
