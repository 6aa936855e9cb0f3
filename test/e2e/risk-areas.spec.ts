// Risk areas step end to end: one page per area with guidance, answers and ratings saved as typed,
// the dependency list offered in the scenario form, the overview counting answers; in Korean too.
import { createWorkbookViaUi, expect, expectAccessible, expectSaved, test } from './fixtures';

test.describe.configure({ timeout: 120_000 });

test('answer questions, list dependencies, find them after reload and in the scenario form', async ({
  page,
  server,
}) => {
  await page.goto(server.url);
  const workbookUrl = await createWorkbookViaUi(page, 'Areas plan');
  await page.getByRole('link', { name: 'Risk areas', exact: true }).click();
  await expect(page.getByRole('heading', { level: 3, name: 'People', exact: true })).toBeVisible();
  await expect(page.getByText('Think about events that take many staff offline')).toBeVisible();
  await expectAccessible(page, 'people area');

  const first = page.getByRole('listitem').filter({ hasText: 'What share of staff could be unable to work' });
  await first.getByLabel('Answer').fill('About a third during a flu wave');
  await first.getByLabel('Readiness').selectOption('partial');
  await expectSaved(page);
  await expect(page.getByRole('link', { name: /People.*1 of 4 answered/ })).toBeVisible();

  await page.getByRole('link', { name: /^Location/ }).click();
  await expect(page).toHaveURL(/areas\/location$/);
  await expect(page.getByText('split-tunnel VPN', { exact: false }).first()).toBeVisible();
  await page.getByRole('button', { name: 'Add' }).click();
  await expect(page.getByText('This field is required.')).toBeVisible();
  await page.getByLabel('New entry').fill('Head office LAN');
  await page.getByRole('button', { name: 'Add' }).click();
  await expect(page.getByLabel(/^Name/)).toHaveValue('Head office LAN');
  await page.getByLabel(/^Notes/).fill('Only path to the ERP');
  await expectSaved(page);
  await expectAccessible(page, 'location area');

  await page.reload();
  await expect(page.getByLabel(/^Notes/)).toHaveValue('Only path to the ERP');
  await page.getByRole('link', { name: /^People/ }).click();
  await expect(first.getByLabel('Answer')).toHaveValue('About a third during a flu wave');
  await expect(first.getByLabel('Readiness')).toHaveValue('partial');

  // The dependency is offered when a scenario names what it affects.
  await page.goto(`${workbookUrl}/scenarios/new`);
  await expect(page.getByRole('checkbox', { name: 'Head office LAN' })).toBeVisible();

  await page.goto(workbookUrl);
  await expect(page.getByTestId('readiness-areas')).toContainText('People: 1 of 4 answered · 1 rated');
});

test('risk areas in Korean', async ({ page, server }) => {
  await page.goto(server.url);
  await page.getByLabel('Language').selectOption('ko');
  await createWorkbookViaUi(page, '영역 계획');
  await page.getByRole('link', { name: '위험 영역', exact: true }).click();
  await page.getByRole('link', { name: /^시스템/ }).click();
  await expect(page.getByRole('heading', { level: 3, name: '시스템', exact: true })).toBeVisible();
  const q = page.getByRole('listitem').filter({ hasText: 'ID 서비스가 로그인을 처리하지 못하면' });
  await q.getByLabel('답변').fill('비상 계정으로 접속');
  await q.getByLabel('준비 수준').selectOption('weak');
  await expectSaved(page);
  await expectAccessible(page, 'systems area (ko)');
  await page.reload();
  await expect(q.getByLabel('답변')).toHaveValue('비상 계정으로 접속');
});
