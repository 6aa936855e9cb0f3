// The one action list end to end: a scenario's actions (one overdue) appear in the Actions step,
// reached from the overview's figures; filter by due state, the .ics download of due dates,
// a bulk status change; axe-clean at 1280 and 360 px.
import { readFileSync } from 'node:fs';
import { createWorkbookViaUi, expect, expectAccessible, expectSaved, test } from './fixtures';

test.describe.configure({ timeout: 120_000 });

test('actions list: overdue highlighted, filter, .ics, bulk status', async ({ page, server }, testInfo) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto(server.url);
  await createWorkbookViaUi(page, 'Action plan');
  await page.getByRole('link', { name: 'Scenarios', exact: true }).click();
  await page.getByRole('link', { name: 'New scenario' }).click();
  await page
    .getByLabel('Start from a template')
    .selectOption({ label: 'Snowstorm while staff must be on the corporate network' });
  await page.getByRole('button', { name: 'Save scenario' }).click();
  await expect(page.getByRole('heading', { name: 'Edit scenario' })).toBeVisible();
  await page.getByRole('listitem', { name: 'Action 1' }).getByLabel('Due date').fill('2020-01-01');
  await expectSaved(page);

  await page.getByRole('link', { name: 'Overview', exact: true }).click();
  await page.getByTestId('readiness-actions').locator('..').getByRole('link', { name: 'Actions' }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'Actions' })).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: 'actions shown' })).toHaveText(
    '2 of 2 actions shown.',
  );
  const overdueRow = page.getByRole('row', { name: /Test the VPN with every member of staff connected/ });
  await expect(overdueRow).toContainText('2020-01-01Overdue');
  await expect(overdueRow).toHaveAttribute('data-overdue', 'true');

  await page.getByLabel('Due', { exact: true }).selectOption({ label: 'Overdue' });
  await expect(page.getByRole('status').filter({ hasText: 'actions shown' })).toHaveText(
    '1 of 2 actions shown.',
  );
  await expectAccessible(page, 'actions list');

  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Download calendar (.ics)' }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(/^actions-\d{4}-\d{2}-\d{2}\.ics$/);
  const ics = readFileSync(await download.path(), 'utf8');
  expect(ics.split('\r\n').filter((l) => /^(BEGIN|END|DTSTART|SUMMARY)/.test(l))).toEqual([
    'BEGIN:VCALENDAR',
    'BEGIN:VEVENT',
    'DTSTART;VALUE=DATE:20200101',
    'SUMMARY:Test the VPN with every member of staff connected.',
    'END:VEVENT',
    'END:VCALENDAR',
  ]);

  const csvDownloading = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Download CSV' }).click();
  const csv = readFileSync(await (await csvDownloading).path(), 'utf8');
  expect(csv).toBe(
    '\uFEFFAction,Owner,Due date,Status,Source,Belongs to\r\n' +
      'Test the VPN with every member of staff connected.,,2020-01-01,Open,Scenario,Snowstorm while staff must be on the corporate network',
  );

  await page.getByRole('button', { name: 'Change status' }).click();
  await expect(page.getByText('Select at least one action first.')).toBeVisible();
  await page
    .getByRole('checkbox', { name: 'Select Test the VPN with every member of staff connected.' })
    .check();
  await page.getByLabel('New status for the selected actions').selectOption({ label: 'Done' });
  await page.getByRole('button', { name: 'Change status' }).click();
  await expect(page.getByText('Status changed for 1 actions.')).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: 'actions shown' })).toHaveText(
    '0 of 2 actions shown.',
  );
  await page.getByLabel('Due', { exact: true }).selectOption({ label: 'Any' });
  await page.getByLabel('Status', { exact: true }).selectOption({ label: 'Done' });
  await expect(page.getByRole('status').filter({ hasText: 'actions shown' })).toHaveText(
    '1 of 2 actions shown.',
  );

  await page.setViewportSize({ width: 360, height: 800 });
  await expect(page.getByRole('button', { name: 'Download CSV' })).toBeVisible();
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
  await expectAccessible(page, 'actions list at 360 px');
  await page.screenshot({ path: testInfo.outputPath('actions-360.png'), fullPage: true });
});
