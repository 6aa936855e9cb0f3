// The "needs a leadership decision" control on a scenario's action row and on a checklist item:
// ticking it shows cost and needed-by date; a cost that is not a number is refused beside the
// field with the text kept; what is saved survives a reload; axe-clean; usable at 360 px.
import { createWorkbookViaUi, expect, expectAccessible, expectSaved, test } from './fixtures';

test('an action and a checklist gap marked for a leadership decision, with cost and date', async ({
  page,
  server,
}) => {
  await page.setViewportSize({ width: 360, height: 800 });
  await page.goto(server.url);
  await createWorkbookViaUi(page, 'Decision plan');
  await page.getByRole('link', { name: 'Scenarios', exact: true }).click();
  await page.getByRole('link', { name: 'New scenario' }).click();
  await page
    .getByLabel('Start from a template')
    .selectOption({ label: 'Snowstorm while staff must be on the corporate network' });
  await page.getByRole('button', { name: 'Save scenario' }).click();
  await expect(page.getByRole('heading', { name: 'Edit scenario' })).toBeVisible();

  const row = page.getByRole('listitem', { name: 'Action 1' });
  await expect(row.getByLabel('Cost estimate')).toHaveCount(0);
  await row.getByRole('checkbox', { name: 'Needs a leadership decision' }).check();
  await row.getByLabel('Cost estimate').fill('12 million');
  await expect(row.getByText('Enter a number.')).toBeVisible();
  await expect(row.getByLabel('Cost estimate')).toHaveValue('12 million');
  await row.getByLabel('Cost estimate').fill('12,000,000');
  await expect(row.getByText('Enter a number.')).toHaveCount(0);
  await row.getByLabel('Decision needed by').fill('2030-04-15');
  await expectSaved(page);
  await expectAccessible(page, 'action row with its decision fields, 360 px');
  // Nothing wider than the screen.
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);

  await page.reload();
  const again = page.getByRole('listitem', { name: 'Action 1' });
  await expect(again.getByRole('checkbox', { name: 'Needs a leadership decision' })).toBeChecked();
  await expect(again.getByLabel('Cost estimate')).toHaveValue('12000000');
  await expect(again.getByLabel('Decision needed by')).toHaveValue('2030-04-15');

  // A checklist item: keyboard only for the checkbox.
  await page.getByRole('link', { name: 'Responsibilities', exact: true }).click();
  const item = page.getByRole('article').first();
  const box = item.getByRole('checkbox', { name: 'Needs a leadership decision' });
  await box.focus();
  await page.keyboard.press('Space');
  await expect(box).toBeChecked();
  await item.getByLabel('Cost estimate').fill('0');
  await expectSaved(page);
  await page.reload();
  await expect(
    page.getByRole('article').first().getByRole('checkbox', { name: 'Needs a leadership decision' }),
  ).toBeChecked();
  await expect(page.getByRole('article').first().getByLabel('Cost estimate')).toHaveValue('0');
  await expectAccessible(page, 'checklist item with its decision fields, 360 px');
});
