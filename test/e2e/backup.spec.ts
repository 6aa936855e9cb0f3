import { readFileSync } from 'node:fs';
import { BACKUP_FORMAT_VERSION } from '../../src/domain/backup';
import { invalidEverywhere } from '../unit/helpers/big-backup';
import { expect, expectAccessible, expectSaved, test } from './fixtures';

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
    // Fields added by later formats come back with their defaults; every original field is equal.
    expect(byId(exported.data[table]), table).toMatchObject(byId(original.data[table]));
  }
  expect(exported.format).toBe(original.format);
  // A version 1 file comes back in today's format, its tables intact and the newer tables empty,
  // except the BIA resources that format 4 makes from the risk-area dependencies, one each.
  expect(exported.formatVersion).toBe(BACKUP_FORMAT_VERSION);
  for (const table of Object.keys(exported.data).filter((t) => !(t in original.data))) {
    if (table === 'biaResources') continue;
    expect(exported.data[table], table).toEqual([]);
  }
  const dependencyIds = (original.data.dependencies as { id: string }[]).map((d) => d.id).sort();
  const linked = (exported.data.biaResources as { riskDependencyId: string }[])
    .map((r) => r.riskDependencyId)
    .sort();
  expect(linked).toEqual(dependencyIds);

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

test('a large broken file is read and refused in a worker, off the page', async ({ page, server }) => {
  const workers: string[] = [];
  page.on('worker', (w) => workers.push(w.url()));
  await page.goto(server.url);
  await page.getByRole('button', { name: 'Import backup' }).click();
  // 13 tables × 20,000 invalid records (about 4 MB): refused, with the first problem named.
  await page.getByTestId('import-file').setInputFiles({
    name: 'broken.json',
    mimeType: 'application/json',
    buffer: Buffer.from(invalidEverywhere(20_000)),
  });
  await expect(
    page.getByText('The backup has invalid data at: data.workbooks.0', { exact: false }),
  ).toBeVisible();
  expect(workers.filter((url) => /backup-read\.worker/.test(url))).toHaveLength(1);
  // `{` alone is not JSON (it never asks for a passphrase).
  await page.getByTestId('import-file').setInputFiles({
    name: 'brace.json',
    mimeType: 'application/json',
    buffer: Buffer.from('{'),
  });
  await expect(page.getByText('not valid JSON', { exact: false })).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(page.getByText('No workbooks in this browser yet', { exact: false })).toBeVisible();
});

/** The fixture with some ids replaced (a hand-edited or generated file). */
function fixtureWith(replacements: [string, string][]) {
  let text = readFileSync(fixturePath, 'utf8');
  for (const [from, to] of replacements) text = text.split(from).join(to);
  return { name: 'edited.json', mimeType: 'application/json', buffer: Buffer.from(text) };
}

test('a workbook whose ids cannot go in a URL is imported under new ids and opens', async ({
  page,
  server,
}) => {
  const original = JSON.parse(readFileSync(fixturePath, 'utf8'));
  const scenario = original.data.scenarios[0];
  await page.goto(server.url);
  await page.getByRole('button', { name: 'Import backup' }).click();
  await page.getByTestId('import-file').setInputFiles(
    fixtureWith([
      [scenario.workbookId, 'plan/2026?v=1#a b%'],
      [scenario.id, 'snow day/1'],
    ]),
  );
  await expect(page.getByTestId('import-new-ids')).toContainText('2 record(s) get new ids');
  await page.getByRole('button', { name: 'Import', exact: true }).click();
  await page.getByRole('link', { name: '서울 본사 연속성 계획' }).click();
  await expect(page).toHaveURL(/\/w\/[A-Za-z0-9_-]+$/);
  await page.getByRole('link', { name: 'Scenarios', exact: true }).click();
  await page.getByRole('link', { name: scenario.title }).click();
  await expect(page).toHaveURL(/\/w\/[A-Za-z0-9_-]+\/scenarios\/[A-Za-z0-9_-]+$/);
  await expect(page.getByLabel(/^Title/)).toHaveValue(scenario.title);
});

test("a file whose new workbook reuses another workbook's record ids leaves that workbook whole", async ({
  page,
  server,
}) => {
  const original = JSON.parse(readFileSync(fixturePath, 'utf8'));
  const scenario = original.data.scenarios[0];
  await page.goto(server.url);
  await page.getByRole('button', { name: 'Import backup' }).click();
  await page.getByTestId('import-file').setInputFiles(fixturePath);
  await page.getByRole('button', { name: 'Import', exact: true }).click();
  await expect(page.getByRole('link', { name: '서울 본사 연속성 계획' })).toBeVisible();

  // A colleague's "template": the same file with new workbook ids and titles, record ids unchanged.
  await page.getByRole('button', { name: 'Import backup' }).click();
  await page.getByTestId('import-file').setInputFiles(
    fixtureWith([
      [original.data.workbooks[0].id, 'template-1'],
      [original.data.workbooks[1].id, 'template-2'],
      ['서울 본사 연속성 계획', 'Template HQ'],
      ['Branch office plan', 'Template branch'],
    ]),
  );
  await expect(page.getByText('Will be added')).toHaveCount(2);
  const records = Object.entries(original.data)
    .filter(([table]) => table !== 'workbooks')
    .reduce((n, [, rows]) => n + (rows as unknown[]).length, 0);
  await expect(page.getByTestId('import-new-ids')).toContainText(`${records} record(s) get new ids`);
  await expectAccessible(page, 'import preview with new ids');
  await page.getByRole('button', { name: 'Import', exact: true }).click();
  // The import has landed (its transaction is done) before the page is left.
  await expect(page.getByRole('link', { name: 'Template HQ' })).toBeVisible();
  for (const title of ['서울 본사 연속성 계획', 'Template HQ']) {
    await page.goto(server.url);
    await page.getByRole('link', { name: title }).click();
    await page.getByRole('link', { name: 'Scenarios', exact: true }).click();
    await expect(page.getByRole('link', { name: scenario.title })).toBeVisible();
  }
});

test('Replace is never the default, and its Undo brings back the version it replaced', async ({
  page,
  server,
}) => {
  await page.goto(server.url);
  await page.getByRole('button', { name: 'Import backup' }).click();
  await page.getByTestId('import-file').setInputFiles(fixturePath);
  await page.getByRole('button', { name: 'Import', exact: true }).click();
  await page.getByRole('link', { name: '서울 본사 연속성 계획' }).click();
  await page.getByLabel(/^Plan owner/).fill('Edited after the backup');
  await expectSaved(page);
  await page.goto(server.url);

  await page.getByRole('button', { name: 'Import backup' }).click();
  await page.getByTestId('import-file').setInputFiles(fixturePath);
  const radios = page.getByRole('radio', { name: 'Import as a copy' });
  await expect(radios).toHaveCount(2);
  for (const radio of await radios.all()) await expect(radio).toBeChecked();
  for (const radio of await page.getByRole('radio', { name: 'Replace the one here' }).all())
    await radio.check();
  await page.getByRole('button', { name: 'Import', exact: true }).click();
  await page.getByRole('link', { name: '서울 본사 연속성 계획' }).click();
  await expect(page.getByLabel(/^Plan owner/)).toHaveValue('김민지');
  await page.getByRole('button', { name: 'Undo' }).click();
  // The Undo brings back the replaced version (kept as its own record): wait until it is stored.
  const liveOwners = () =>
    page.evaluate(
      () =>
        new Promise<string[]>((resolve) => {
          const req = indexedDB.open('continuity-workbook');
          req.onsuccess = () => {
            const all = req.result.transaction('workbooks').objectStore('workbooks').getAll();
            all.onsuccess = () => {
              req.result.close();
              const rows = all.result as { owner: string; deletedAt: string | null }[];
              resolve(rows.filter((w) => w.deletedAt === null).map((w) => w.owner));
            };
          };
        }),
    );
  await expect.poll(liveOwners).toContain('Edited after the backup');
  await page.goto(server.url);
  await page.getByRole('link', { name: '서울 본사 연속성 계획' }).click();
  await expect(page.getByLabel(/^Plan owner/)).toHaveValue('Edited after the backup');
});
