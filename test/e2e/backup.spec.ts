import { readFileSync } from 'node:fs';
import { expect, expectAccessible, test } from './fixtures';

const fixturePath = 'test/fixtures/backup-v1.json';

test('import a backup, then export it again with equal data', async ({ page, server }) => {
  await page.goto(server.url);
  await page.getByRole('button', { name: 'Import backup' }).click();
  await page.getByTestId('import-file').setInputFiles(fixturePath);
  await expect(page.getByText('2 workbook(s) in this file', { exact: false })).toBeVisible();
  await expectAccessible(page, 'import dialog');
  await page.getByRole('button', { name: 'Import', exact: true }).click();
  await expect(page.getByRole('link', { name: '서울 본사 연속성 계획' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Branch office plan' })).toBeVisible();

  const downloadPromise = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export all (backup)' }).click();
  const download = await downloadPromise;
  expect(download.suggestedFilename()).toMatch(/^all-workbooks-\d{4}-\d{2}-\d{2}\.continuity-backup\.json$/);
  const exported = JSON.parse(readFileSync(await download.path(), 'utf8'));
  const original = JSON.parse(readFileSync(fixturePath, 'utf8'));
  const byId = (list: { id: string }[]) => [...list].sort((a, b) => a.id.localeCompare(b.id));
  for (const table of Object.keys(original.data)) {
    expect(byId(exported.data[table]), table).toEqual(byId(original.data[table]));
  }
  expect(exported.format).toBe(original.format);
  expect(exported.formatVersion).toBe(original.formatVersion);

  // The same file again: the workbooks exist, so the user chooses; "as a copy" adds new ones.
  await page.getByRole('button', { name: 'Import backup' }).click();
  await page.getByTestId('import-file').setInputFiles(fixturePath);
  await expect(page.getByText('Already here: choose what to do').first()).toBeVisible();
  for (const radio of await page.getByRole('radio', { name: 'Import as a copy' }).all()) await radio.check();
  await page.getByRole('button', { name: 'Import', exact: true }).click();
  await expect(page.getByRole('link', { name: '서울 본사 연속성 계획 (copy)' })).toBeVisible();
});

test('a broken file is refused with a clear message and nothing changes', async ({ page, server }) => {
  await page.goto(server.url);
  await page.getByRole('button', { name: 'Import backup' }).click();
  const text = readFileSync(fixturePath, 'utf8');
  await page.getByTestId('import-file').setInputFiles({
    name: 'cut.json',
    mimeType: 'application/json',
    buffer: Buffer.from(text.slice(0, 500)),
  });
  await expect(page.getByText('The file is cut off', { exact: false })).toBeVisible();
  await page.getByTestId('import-file').setInputFiles({
    name: 'newer.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify({ ...JSON.parse(text), formatVersion: 7 })),
  });
  await expect(
    page.getByText('made by a newer version of the app (format 7)', { exact: false }),
  ).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(page.getByText('No workbooks in this browser yet', { exact: false })).toBeVisible();
});
