import { createWorkbookViaUi, expect, expectSaved, test } from './fixtures';

test('another tab on the same workbook shows changes live', async ({ page, context, server }) => {
  await page.goto(server.url);
  const url = await createWorkbookViaUi(page, 'Shared plan');
  const other = await context.newPage();
  await other.goto(url);
  await expect(other.getByRole('heading', { level: 1, name: 'Shared plan' })).toBeVisible();

  await page.getByLabel(/^Title/).fill('Shared plan, edited in tab one');
  await page.getByLabel(/^Plan owner/).fill('Park');
  await expectSaved(page);
  await expect(
    other.getByRole('heading', { level: 1, name: 'Shared plan, edited in tab one' }),
  ).toBeVisible();
  await expect(other.getByLabel(/^Plan owner/)).toHaveValue('Park');

  await other.getByLabel(/^Organisation/).fill('Fabrikam');
  await expectSaved(other);
  await expect(page.getByLabel(/^Organisation/)).toHaveValue('Fabrikam');
});

test('closing the tab right after typing loses nothing', async ({ page, context, server }) => {
  await page.goto(server.url);
  const url = await createWorkbookViaUi(page, 'Quick close');
  await page.getByLabel(/^Scope/).fill('typed just before closing');
  await page.close({ runBeforeUnload: true });
  const again = await context.newPage();
  await again.goto(url);
  await expect(again.getByLabel(/^Scope/)).toHaveValue('typed just before closing');
});

test('a Replace import in one tab shows in another tab, even where it lowers the revision', async ({
  page,
  context,
  server,
}) => {
  await page.goto(server.url);
  const url = await createWorkbookViaUi(page, 'Imported plan');
  await page.getByLabel(/^Scope/).fill('as in the backup');
  await expectSaved(page);
  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export backup', exact: true }).click();
  const backup = await (await downloading).path();

  // Another tab edits on after the backup: the stored revision rises above the file's.
  const other = await context.newPage();
  await other.goto(url);
  for (const text of ['edited after', 'edited after the', 'edited after the backup']) {
    await other.getByLabel(/^Scope/).fill(text);
    await expectSaved(other);
  }
  await expect(page.getByLabel(/^Scope/)).toHaveValue('edited after the backup');

  // The first tab imports the file over it: both tabs show what the database now holds.
  await page.goto(server.url);
  await page.getByRole('button', { name: 'Import backup' }).click();
  await page.getByTestId('import-file').setInputFiles(backup);
  await page.getByRole('radio', { name: /^Replace/ }).check();
  await page.getByRole('button', { name: 'Import', exact: true }).click();
  await page.goto(url);
  await expect(page.getByLabel(/^Scope/)).toHaveValue('as in the backup');
  await expect(other.getByLabel(/^Scope/)).toHaveValue('as in the backup');
  await expectSaved(other);
});

test('a delete and its undo in one tab show in another tab open on the same scenario', async ({
  page,
  context,
  server,
}) => {
  await page.goto(server.url);
  await createWorkbookViaUi(page, 'Delete across tabs');
  await page.getByRole('link', { name: 'Scenarios', exact: true }).click();
  await page.getByRole('link', { name: 'New scenario' }).click();
  await page
    .getByLabel('Start from a template')
    .selectOption({ label: 'Snowstorm while staff must be on the corporate network' });
  await page.getByRole('button', { name: 'Save scenario' }).click();
  await expect(page.getByRole('heading', { name: 'Edit scenario' })).toBeVisible();
  await page.getByLabel(/^Description/).fill('as both tabs see it');
  await expectSaved(page);
  const other = await context.newPage();
  await other.goto(page.url());
  await expect(other.getByLabel(/^Description/)).toHaveValue('as both tabs see it');

  await page.getByRole('button', { name: 'Delete scenario' }).click();
  await expect(other.getByText('This scenario does not exist or was deleted.')).toBeVisible();
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(other.getByLabel(/^Description/)).toHaveValue('as both tabs see it');
});
