// BIA bulk entry and the process editor's new parts, in Chromium: a CSV with bad rows shows each
// problem with its row and column and writes nothing; a good file (BOM, Korean heading) shows a
// preview and is written only on confirm. Then the impact charts (one per category, named with
// their values), the money estimate formatted in the process's currency, and a peak date checked
// beside its field. axe-clean at 1280 and 360 px.
import { readFileSync } from 'node:fs';
import { createWorkbookViaUi, expect, expectAccessible, expectSaved, test } from './fixtures';

test.describe.configure({ timeout: 120_000 });

const csvFile = (name: string, text: string) => ({
  name,
  mimeType: 'text/csv',
  buffer: Buffer.from(text, 'utf8'),
});

test('CSV import with problems and preview, impact charts, money and peak dates', async ({
  page,
  server,
}, testInfo) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto(server.url);
  await createWorkbookViaUi(page, 'Import plan');
  await page.getByRole('link', { name: 'Impact analysis', exact: true }).click();
  const file = page.getByLabel('CSV file to import');

  await file.setInputFiles(csvFile('bad.csv', 'Name,Criticality tier,Colour\nPayroll,1,red\n'));
  const problems = page.getByTestId('bia-import-problems');
  await expect(problems.getByRole('listitem')).toHaveText([
    'Row 1, column Colour (C): The import does not know this column heading.',
  ]);
  await file.setInputFiles(
    csvFile(
      'bad-rows.csv',
      'Name,Criticality tier,"Recovery time objective (RTO), hours"\nPayroll,7,4\n,2,soon\n',
    ),
  );
  await expect(problems.getByRole('listitem')).toHaveText([
    'Row 2, column Criticality tier (B): Enter a tier from 1 to 4.',
    'Row 3, column Recovery time objective (RTO), hours (C): Enter a number, or leave the cell empty.',
    'Row 3, column Name (A): This field is required.',
  ]);
  await expect(problems).toContainText('3 problems found, so nothing was saved.');
  await expect(page.getByRole('button', { name: /^Add \d+ processes$/ })).toHaveCount(0);
  await expect(page.getByText('No processes yet.')).toBeVisible();

  await file.setInputFiles(
    csvFile(
      'good.csv',
      '\uFEFF이름,Criticality tier,RTO,Financial after 4 hours,Estimated loss after 1 day,Currency\r\n급여 지급,1,4,Major,25000000,KRW\r\nBilling,2,24,,1200.5,USD\r\n',
    ),
  );
  const preview = page.getByRole('table', { name: 'Preview: 2 processes to add' });
  await expect(preview.locator('tbody tr')).toHaveText(['급여 지급14 h—', 'Billing224 h—']);
  await expect(page.getByText('No processes yet.')).toBeVisible();
  await expectAccessible(page, 'BIA import preview');
  await page.getByRole('button', { name: 'Add 2 processes' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Added' })).toHaveText('Added 2 processes.');
  await expect(page.locator('.bia-process-list li')).toHaveText(['급여 지급 Tier 1', 'Billing Tier 2']);

  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Export the impact grid as CSV' }).click(),
  ]);
  expect(download.suggestedFilename()).toMatch(/^bia-impact-grid-\d{4}-\d{2}-\d{2}\.csv$/);
  const grid = readFileSync(await download.path(), 'utf8').split('\r\n');
  expect(grid.slice(0, 3)).toEqual([
    '\uFEFFProcess,Tier,Category,Currency,1 hour,4 hours,1 day,3 days,1 week,2 weeks,1 month',
    '급여 지급,1,Operational,,None,None,None,None,None,None,None',
    '급여 지급,1,Financial,,None,Major,None,None,None,None,None',
  ]);
  expect(grid[7]).toBe('급여 지급,1,Estimated loss,KRW,,,25000000,,,,');

  await page.getByRole('link', { name: 'Edit 급여 지급' }).click();
  await expect(page.getByTestId('money-shown-d1')).toHaveText('₩25,000,000');
  await expect(page.getByTestId('money-shown-h1')).toHaveText('—');
  await page.getByLabel('Estimated loss after 1 hour').fill('1500000');
  await expect(page.getByTestId('money-shown-h1')).toHaveText('₩1,500,000');
  await page.getByLabel('Currency', { exact: true }).selectOption('USD');
  await expect(page.getByTestId('money-shown-h1')).toHaveText('US$1,500,000.00');

  const charts = page.getByRole('list', { name: 'Impact over time, one chart per category' });
  await expect(charts.locator('figcaption')).toHaveText([
    'Operational: no impact recorded.',
    'Financial: reaches Major after 4 hours.',
    'Customer: no impact recorded.',
    'Legal and regulatory: no impact recorded.',
    'Reputational: no impact recorded.',
    'Staff welfare: no impact recorded.',
  ]);
  await expect(charts.getByRole('img', { name: /^Financial: / })).toHaveAccessibleName(
    'Financial: 1 hour None, 4 hours Major, 1 day None, 3 days None, 1 week None, 2 weeks None, 1 month None',
  );
  await page.getByLabel('Financial after 1 day', { exact: true }).selectOption('severe');
  await expect(charts.locator('figcaption').nth(1)).toHaveText('Financial: reaches Severe after 1 day.');

  const peak = page.getByLabel('Add a peak date (YYYY-MM-DD)');
  await peak.fill('2026-02-30');
  await page.getByRole('button', { name: 'Add date' }).click();
  await expect(peak).toHaveAccessibleDescription('Enter a real date as YYYY-MM-DD, for example 2026-03-31.');
  await peak.fill('2026-12-24');
  await peak.press('Enter');
  await peak.fill('2026-03-31');
  await page.getByRole('button', { name: 'Add date' }).click();
  await expect(page.locator('.bia-peak-dates li')).toHaveText(['2026-03-31 Remove', '2026-12-24 Remove']);
  await peak.fill('2026-03-31');
  await page.getByRole('button', { name: 'Add date' }).click();
  await expect(peak).toHaveAccessibleDescription('That date is already listed.');
  await expectSaved(page);
  await expectAccessible(page, 'BIA editor with charts');
  await page.screenshot({ path: testInfo.outputPath('bia-editor-1280.png'), fullPage: true });

  await page.reload();
  await expect(page.locator('.bia-peak-dates li')).toHaveText(['2026-03-31 Remove', '2026-12-24 Remove']);
  await expect(page.getByTestId('money-shown-h1')).toHaveText('US$1,500,000.00');

  // The workbook's currency is what a new process takes.
  await page.getByLabel('Currency of money estimates').selectOption('USD');
  await expect(page.getByLabel('Currency of money estimates')).toHaveValue('USD');
  await page.getByLabel('New process name').fill('Sales');
  await page.getByRole('button', { name: 'Add process' }).click();
  await page.getByRole('link', { name: 'Edit Sales' }).click();
  await expect(page.getByRole('heading', { level: 3, name: 'Edit Sales' })).toBeVisible();
  await expect(page.getByLabel('Currency', { exact: true })).toHaveValue('USD');

  await page.setViewportSize({ width: 360, height: 800 });
  await expect(charts.getByRole('img', { name: /^Financial: / })).toBeVisible();
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
  await expectAccessible(page, 'BIA editor at 360 px');
  await page.screenshot({ path: testInfo.outputPath('bia-editor-360.png'), fullPage: true });
});
