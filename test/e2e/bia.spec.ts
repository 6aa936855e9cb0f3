// Business impact analysis step end to end: a process made and its impact grid filled with the
// keyboard alone, the MTPD suggested, an RTO above the MTPD shown as an error beside the field, a
// resource and dependency making a gap, and the what-if view showing the breach; axe-clean, 360 px.
import { createWorkbookViaUi, expect, expectAccessible, expectSaved, test } from './fixtures';

test.describe.configure({ timeout: 120_000 });

test('process, keyboard grid, RTO above MTPD, gap and what-if breach', async ({ page, server }, testInfo) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto(server.url);
  await createWorkbookViaUi(page, 'BIA plan');
  await page.getByRole('link', { name: 'Impact analysis', exact: true }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'Business impact analysis' })).toBeVisible();

  await page.getByRole('button', { name: 'Add process' }).click();
  await expect(page.getByText('This field is required.')).toBeVisible();
  await page.getByLabel('New process name').fill('Payroll');
  await page.getByRole('button', { name: 'Add process' }).click();
  await page.getByRole('link', { name: 'Edit Payroll' }).click();
  await expect(page.getByRole('heading', { level: 3, name: 'Edit Payroll' })).toBeVisible();

  // Keyboard only: focus the first cell, choose by typing, move on with Tab.
  const first = page.getByLabel('Operational after 1 hour', { exact: true });
  await first.focus();
  await page.keyboard.press('m'); // Minor
  await page.keyboard.press('Tab');
  await expect(page.getByLabel('Operational after 4 hours', { exact: true })).toBeFocused();
  await page.keyboard.press('s'); // Severe
  await expect(first).toHaveValue('minor');
  await expect(page.getByLabel('Operational after 4 hours', { exact: true })).toHaveValue('severe');
  await expectSaved(page);
  await expect(page.getByText('Suggested from the grid: 4 hours. Leave empty to use it.')).toBeVisible();

  const rto = page.getByLabel('Recovery time objective (RTO), hours');
  await rto.fill('8');
  await expect(rto).toHaveAccessibleDescription(/The RTO is longer than the MTPD/);
  await page.getByRole('group', { name: 'Peak months' }).getByLabel('Dec').check();
  await rto.fill('2');
  await expect(rto).not.toHaveAccessibleDescription(/The RTO is longer than the MTPD/);
  await expectSaved(page);

  await page.getByLabel('New resource name').fill('ERP');
  await page.getByRole('button', { name: 'Add resource' }).click();
  await page.getByLabel('Own recovery time, hours').fill('48');
  await page.getByRole('button', { name: 'Add dependency' }).click();
  await expect(page.getByText('Payroll needs ERP')).toBeVisible();
  await expect(
    page.getByText('Payroll cannot be back within its RTO of 2 hours: ERP takes 48 hours.'),
  ).toBeVisible();

  await expect(page.getByRole('img', { name: /Dependency picture/ }).locator('text')).toHaveText([
    '⚠ Payroll',
    'ERP',
  ]);
  const depTable = page.getByRole('table', { name: /What each process needs/ });
  await expect(depTable.locator('tbody tr')).toHaveText(['Payroll2ERP48 hNo: gap']);
  await page.getByLabel('Lose ERP').check();
  await page.getByLabel('Hours ERP is out').fill('24');
  await expect(page.getByRole('status').filter({ hasText: 'processes breach' })).toHaveText(
    '1 of 1 processes breach their RTO; 1 breach their MTPD.',
  );
  const row = page
    .locator('section', { has: page.getByRole('heading', { level: 3, name: 'What if' }) })
    .locator('tbody tr');
  await expect(row).toHaveText(['Payroll324 h2 h4 hERP coming back']);
  // The result comes from the BIA worker; a new input replaces it (never the old answer left standing).
  await expect(page.locator('.bia-result')).not.toHaveAttribute('aria-busy', 'true');
  await page.getByLabel('Hours ERP is out').fill('1');
  await expect(page.getByRole('status').filter({ hasText: 'processes breach' })).toHaveText(
    '0 of 1 processes breach their RTO; 0 breach their MTPD.',
  );
  await expect(row).toHaveText(['Payroll31 h——ERP coming back']);
  await page.getByLabel('Hours ERP is out').fill('24');
  await expect(row).toHaveText(['Payroll324 h2 h4 hERP coming back']);
  await expectSaved(page);
  await expectAccessible(page, 'BIA step');
  await page.screenshot({ path: testInfo.outputPath('bia-1280.png'), fullPage: true });

  // Reload keeps the grid and objectives.
  await page.reload();
  await expect(page.getByLabel('Operational after 4 hours', { exact: true })).toHaveValue('severe');
  await expect(page.getByLabel('Recovery time objective (RTO), hours')).toHaveValue('2');
  await expect(page.getByRole('group', { name: 'Peak months' }).getByLabel('Dec')).toBeChecked();
  await expect(page.getByRole('group', { name: 'Peak months' }).getByLabel('Nov')).not.toBeChecked();

  await page.setViewportSize({ width: 360, height: 800 });
  await expect(page.getByRole('heading', { level: 2, name: 'Business impact analysis' })).toBeVisible();
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth);
  expect(overflow).toBeLessThanOrEqual(360);
  await expectAccessible(page, 'BIA step at 360 px');
  await page.screenshot({ path: testInfo.outputPath('bia-360.png'), fullPage: true });
});

test('a scenario takes out a resource and its page says how many tier-1 processes break', async ({
  page,
  server,
}) => {
  await page.goto(server.url);
  await createWorkbookViaUi(page, 'Snow plan');
  await page.getByRole('link', { name: 'Scenarios', exact: true }).click();
  await page.getByRole('link', { name: 'New scenario' }).click();
  await page.getByLabel('Start from a template').selectOption({ label: 'Identity provider outage' });
  await page.getByRole('button', { name: 'Save scenario' }).click();
  await expect(page.getByRole('heading', { name: 'Edit scenario' })).toBeVisible();
  const scenarioUrl = page.url();

  await page.getByRole('link', { name: 'Impact analysis', exact: true }).click();
  await page.getByLabel('New process name').fill('Sign-in desk');
  await page.getByRole('button', { name: 'Add process' }).click();
  await page.getByRole('link', { name: 'Edit Sign-in desk' }).click();
  await page.getByLabel('Criticality tier').selectOption('1');
  await page.getByLabel('Recovery time objective (RTO), hours').fill('1');
  await page.getByLabel('New resource name').fill('Identity provider');
  await page.getByRole('button', { name: 'Add resource' }).click();
  await page.getByRole('button', { name: 'Add dependency' }).click();
  await expect(page.getByText('Sign-in desk needs Identity provider')).toBeVisible();
  await expectSaved(page);

  await page.getByLabel('Losses from').selectOption({ label: 'Identity provider outage' });
  await expect(page.getByText('This scenario takes out no resources yet.')).toBeVisible();
  await page.getByLabel('For how many hours').fill('6');
  await page.getByRole('button', { name: 'Add to scenario' }).click();
  await expect(page.getByText('Identity provider out for 6 hours')).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: 'processes breach' })).toHaveText(
    '1 of 1 processes breach their RTO; 0 breach their MTPD.',
  );
  await expectAccessible(page, 'BIA scenario impacts');

  // A fresh tab on the scenario page alone: the line comes from the BIA worker, whose chunk is
  // fetched for it (the main thread no longer runs the engine), and not on the first screen.
  const fresh = await page.context().newPage();
  const workerRequests: string[] = [];
  fresh.on('request', (r) => {
    if (/bia-compute\.worker/.test(r.url())) workerRequests.push(r.url());
  });
  await fresh.goto(server.url);
  await expect(fresh.locator('.workbook-card', { hasText: 'Snow plan' })).toBeVisible();
  expect(workerRequests).toEqual([]);
  await fresh.goto(scenarioUrl);
  await expect(
    fresh.getByText(
      'Business impact: this scenario breaks 1 tier-1 processes within 4 hours; 1 processes breach their RTO and 0 their MTPD.',
    ),
  ).toBeVisible();
  expect(workerRequests).toHaveLength(1);
  await fresh.close();
});
