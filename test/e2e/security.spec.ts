// Every screen of an imported workbook and an export: no request leaves the origin and the CSP
// reports nothing (both asserted by the shared fixture), and hostile imported text stays text.
import { readFileSync } from 'node:fs';
import { expect, test } from './fixtures';

test('all screens, an import and an export stay on the origin; hostile text is never a link or HTML', async ({
  page,
  server,
  requests,
}) => {
  const fixture = JSON.parse(readFileSync('test/fixtures/backup-v1.json', 'utf8'));
  const hostile = 'javascript:alert(1) <img src=x onerror=alert(1)> data:text/html,<b>x</b>';
  fixture.data.workbooks[0].organisation = hostile.slice(0, 300);
  fixture.data.workbooks[0].scope = hostile;
  await page.goto(server.url);
  await page.getByRole('button', { name: 'Import backup' }).click();
  await page.getByTestId('import-file').setInputFiles({
    name: 'hostile.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify(fixture)),
  });
  await page.getByRole('button', { name: 'Import', exact: true }).click();
  await page.getByRole('link', { name: fixture.data.workbooks[0].title }).click();
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  const hrefs = await page
    .locator('nav[aria-label] a')
    .evaluateAll((as) => as.map((a) => a.getAttribute('href')!));
  for (const href of hrefs) {
    await page.goto(new URL(href, server.url).toString());
    await expect(page.locator('main')).not.toBeEmpty();
    const bad = await page.evaluate(() => ({
      links: [...document.querySelectorAll('a[href]')]
        .map((a) => a.getAttribute('href')!)
        .filter((h) => /^\s*(javascript|data|vbscript):/i.test(h)),
      injected: document.querySelectorAll('img[src="x"], main b').length,
    }));
    expect(bad, href).toEqual({ links: [], injected: 0 });
  }
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export backup', exact: true }).click();
  await download;
  await page.goto(`${server.url}#/storage`);
  await expect(page.getByRole('heading', { name: 'Storage and backups' })).toBeVisible();
  expect(hrefs.length).toBeGreaterThan(0);
  expect(requests.length).toBeGreaterThan(0);
  console.info(`visited ${hrefs.length} step screens; ${requests.length} requests, all same-origin`);
});
