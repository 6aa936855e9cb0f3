import { createWorkbookViaUi, expect, test } from './fixtures';

test('after one visit the app and its data load with the server stopped', async ({ page, server }) => {
  await page.goto(server.url);
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });
  // Make sure this page is controlled, so every later request goes through the worker.
  await page.reload();
  await expect.poll(() => page.evaluate(() => Boolean(navigator.serviceWorker.controller))).toBe(true);
  const url = await createWorkbookViaUi(page, 'Offline plan');
  await page.getByLabel(/^Scope/).fill('written before the server went away');
  await expect(page.getByTestId('save-status')).toHaveText('All changes saved');

  await server.stop();
  const reachable = await page.request.get(server.url).then(
    () => true,
    () => false,
  );
  expect(reachable).toBe(false);

  await page.goto(url);
  await expect(page.getByRole('heading', { level: 1, name: 'Offline plan' })).toBeVisible();
  await expect(page.getByLabel(/^Scope/)).toHaveValue('written before the server went away');
  // Lazily loaded steps come from the precache too.
  await page.goto(server.url);
  await expect(page.getByRole('link', { name: 'Offline plan' })).toBeVisible();
  await page.getByLabel('Language').selectOption('ko');
  await expect(page.getByRole('heading', { name: '연속성 워크북 목록' })).toBeVisible();
  await server.restart();
});

test('the built app is installable and publishes its backup schema', async ({ page, server }) => {
  await page.goto(server.url);
  const manifestHref = await page.locator('link[rel="manifest"]').getAttribute('href');
  expect(manifestHref).toBeTruthy();
  const manifest = await (await page.request.get(new URL(manifestHref!, server.url).href)).json();
  expect(manifest.icons.map((i: { sizes: string }) => i.sizes)).toContain('512x512');
  const schema = await (await page.request.get(`${server.url}backup-format.schema.json`)).json();
  expect(schema.title).toBe('Continuity Workbook backup');
  const csp = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
  expect(csp).toContain("default-src 'self'");
});
