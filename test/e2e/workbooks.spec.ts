import { createWorkbookViaUi, expect, expectAccessible, expectSaved, test } from './fixtures';

test('create and edit a workbook, reload and find it; step URL survives reload and Back', async ({
  page,
  server,
}) => {
  await page.goto(server.url);
  await expect(page.getByRole('heading', { name: 'Your continuity workbooks' })).toBeVisible();
  await expectAccessible(page, 'empty workbook list');
  await createWorkbookViaUi(page, 'Head office plan', 'Contoso');
  await expectAccessible(page, 'workbook details');

  await page.getByLabel(/^Plan owner/).fill('Kim Min-ji');
  await page.getByLabel(/^Scope/).fill('Email, chat and the HQ network');
  await page.getByLabel(/^Last review date/).fill('2026-01-15');
  await page.getByLabel(/^Review cycle/).fill('6');
  await expectSaved(page);
  await expect(page.getByText(/Next review: 15 Jul 2026/)).toBeVisible();

  // An invalid value is explained beside the field and not saved.
  await page.getByLabel(/^Title/).fill('');
  await expect(page.getByText('This field is required.')).toBeVisible();
  await page.getByLabel(/^Title/).fill('Head office plan v2');
  await expectSaved(page);

  const url = page.url();
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: 'Head office plan v2' })).toBeVisible();
  await expect(page.getByLabel(/^Plan owner/)).toHaveValue('Kim Min-ji');
  expect(page.url()).toBe(url);

  await page.goBack();
  await expect(page.getByRole('heading', { name: 'Your continuity workbooks' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Head office plan v2' })).toBeVisible();
  await expectAccessible(page, 'workbook list');
});

test('duplicate, delete with confirmation, and undo', async ({ page, server }) => {
  await page.goto(server.url);
  await createWorkbookViaUi(page, 'Branch plan');
  await page.goto(server.url);
  await page.getByRole('button', { name: 'Duplicate' }).click();
  await expect(page.getByRole('link', { name: 'Branch plan (copy)' })).toBeVisible();

  page.once('dialog', (d) => d.accept());
  await page
    .getByRole('group', { name: 'Actions for Branch plan (copy)' })
    .getByRole('button', { name: 'Delete' })
    .click();
  await expect(page.getByRole('link', { name: 'Branch plan (copy)' })).toHaveCount(0);
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(page.getByRole('link', { name: 'Branch plan (copy)' })).toBeVisible();

  page.once('dialog', (d) => d.dismiss());
  await page
    .getByRole('group', { name: 'Actions for Branch plan (copy)' })
    .getByRole('button', { name: 'Delete' })
    .click();
  await expect(page.getByRole('link', { name: 'Branch plan (copy)' })).toBeVisible();
});

test('Korean UI is remembered across reloads, with dates through Intl', async ({ page, server }) => {
  await page.goto(server.url);
  await page.getByLabel('Language').selectOption('ko');
  await expect(page.getByRole('heading', { name: '연속성 워크북 목록' })).toBeVisible();
  await page.reload();
  await expect(page.getByRole('heading', { name: '연속성 워크북 목록' })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'ko');
  await createWorkbookViaUi(page, '부산 지사 계획');
  await page.getByLabel(/^최근 검토일/).fill('2026-01-15');
  await expect(page.getByText(/다음 검토일: 2027\. 1\. 15\./)).toBeVisible();
  await expectAccessible(page, 'Korean workbook details');
});

test('works on a 360 px wide phone screen with the keyboard alone', async ({ page, server }) => {
  await page.setViewportSize({ width: 360, height: 740 });
  await page.goto(server.url);
  // Keyboard only: Tab forward (skip link, app name, language, notices…) until "New workbook" has
  // focus; then open the dialog, type and submit with Enter.
  const newWorkbook = page.getByRole('button', { name: 'New workbook' });
  await expect(newWorkbook).toBeVisible();
  for (let i = 0; i < 12 && !(await newWorkbook.evaluate((el) => el === document.activeElement)); i++) {
    await page.keyboard.press('Tab');
  }
  await expect(newWorkbook).toBeFocused();
  // Focus is visible where it lands.
  const outline = await newWorkbook.evaluate((el) => getComputedStyle(el).outlineStyle);
  expect(outline).not.toBe('none');
  await page.keyboard.press('Enter');
  await expect(page.getByLabel(/^Title/)).toBeFocused();
  await page.keyboard.type('Phone plan');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: 'Phone plan' })).toBeVisible();
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow).toBeLessThanOrEqual(0);
  await expectAccessible(page, 'phone details');
});
