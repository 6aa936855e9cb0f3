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
