// A risk-area dependency added in the app gets its BIA resource at once, and its row says so ("In
// the BIA: ERP, recovery time not set yet", linked to the BIA step), after a reload too; a rename
// carries over until the planner names the resource otherwise in the BIA; the recovery time set
// there shows in the list; a removal says the resource
// stays when it holds BIA details, and Undo brings the row back. English and Korean, axe, 360 px.
import { createWorkbookViaUi, expect, expectAccessible, expectSaved, test } from './fixtures';

test.describe.configure({ timeout: 120_000 });

test('a dependency added on the risk-areas step is in the BIA, linked, after reload too', async ({
  page,
  server,
}, testInfo) => {
  await page.goto(server.url);
  const workbookUrl = await createWorkbookViaUi(page, 'Linked plan');
  await page.getByRole('link', { name: 'Risk areas', exact: true }).click();
  await page.getByRole('link', { name: /^Systems/ }).click();
  await page.getByLabel('New entry').fill('ERP');
  await page.getByRole('button', { name: 'Add', exact: true }).click();
  const link = page.getByTestId('bia-link');
  await expect(link).toHaveText('In the BIA: ERP, recovery time not set yet');
  // A second entry of the same name is refused beside the field.
  await page.getByLabel('New entry').fill('erp');
  await page.getByRole('button', { name: 'Add', exact: true }).click();
  await expect(page.getByText('“erp” is already in this list.')).toBeVisible();
  await expect(page.getByLabel(/^Name/)).toHaveCount(1);
  await page.getByLabel('New entry').fill('');

  // A rename carries to the resource (it still had the dependency's name).
  await page.getByLabel(/^Name/).fill('ERP (SAP)');
  await expectSaved(page);
  await expect(link).toHaveText('In the BIA: ERP (SAP), recovery time not set yet');
  await expectAccessible(page, 'systems area with a linked dependency');

  await page.reload();
  await expect(link).toHaveText('In the BIA: ERP (SAP), recovery time not set yet');

  // The link opens the BIA step, where the resource stands for the dependency.
  await link.getByRole('link', { name: 'ERP (SAP)' }).click();
  await expect(page).toHaveURL(`${workbookUrl}/bia`);
  await expect(page.getByRole('heading', { level: 2, name: 'Business impact analysis' })).toBeVisible();
  await expect(page.getByLabel('Stands for the risk-area dependency').locator('option:checked')).toHaveText(
    'Systems: ERP (SAP)',
  );
  await expect(page.getByLabel('Name (required)')).toHaveValue('ERP (SAP)');
  await page.getByLabel('Own recovery time, hours').fill('8');
  // The planner names the resource more exactly in the BIA: from now on it keeps its own name.
  await page.getByLabel('Name (required)').fill('SAP S/4HANA');
  await expectSaved(page);

  await page.goto(`${workbookUrl}/areas/systems`);
  await expect(link).toHaveText('In the BIA: SAP S/4HANA, recovers in 8 h');
  await page.getByLabel(/^Name/).fill('ERP');
  await expectSaved(page);
  await expect(page.getByRole('button', { name: 'Remove ERP' })).toBeVisible();
  await expect(link).toHaveText('In the BIA: SAP S/4HANA, recovers in 8 h');

  await page.setViewportSize({ width: 360, height: 800 });
  await expect(link).toBeVisible();
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
  await expectAccessible(page, 'systems area at 360 px');
  await page.screenshot({ path: testInfo.outputPath('risk-area-links-360.png'), fullPage: true });
  await page.setViewportSize({ width: 1280, height: 900 });

  // The resource holds a recovery time: removing the entry keeps it, and says so; Undo restores.
  await page.getByRole('button', { name: 'Remove ERP' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'was removed' })).toHaveText(
    /“ERP” was removed from this list\. Its BIA resource “SAP S\/4HANA” stays: it holds details entered in the BIA\./,
  );
  await expect(page.getByLabel(/^Name/)).toHaveCount(0);
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(page.getByLabel(/^Name/)).toHaveValue('ERP');
  await expect(link).toHaveText('In the BIA: SAP S/4HANA, recovers in 8 h');
  await page.reload();
  await expect(link).toHaveText('In the BIA: SAP S/4HANA, recovers in 8 h');
});

test('the link in Korean', async ({ page, server }) => {
  await page.goto(server.url);
  await page.getByLabel('Language').selectOption('ko');
  await createWorkbookViaUi(page, '연결 계획');
  await page.getByRole('link', { name: '위험 영역', exact: true }).click();
  await page.getByRole('link', { name: /^사람/ }).click();
  await page.getByLabel('새 항목').fill('급여 담당자');
  await page.getByRole('button', { name: '추가', exact: true }).click();
  const link = page.getByTestId('bia-link');
  await expect(link).toHaveText('BIA 자원: 급여 담당자, 복구 시간 아직 미입력');
  await expectAccessible(page, 'people area with a linked dependency (ko)');
  // Nothing in the BIA needs it yet: it leaves with the entry, and comes back with Undo.
  await page.getByRole('button', { name: '급여 담당자 제거' }).click();
  await expect(page.getByRole('status').filter({ hasText: '제거했습니다' })).toHaveText(
    /“급여 담당자”을\(를\) BIA 자원과 함께 제거했습니다\./,
  );
  await page.getByRole('button', { name: '실행 취소' }).click();
  await expect(link).toHaveText('BIA 자원: 급여 담당자, 복구 시간 아직 미입력');
  await page.reload();
  await expect(link).toHaveText('BIA 자원: 급여 담당자, 복구 시간 아직 미입력');
});
