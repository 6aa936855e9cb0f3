// Scenarios step end to end: create from a template (nothing saved before Save), edit with
// autosave, watch the Venn and heat map counts change, filter by clicking a region, reload.
import type { Page } from '@playwright/test';
import { createWorkbookViaUi, expect, expectAccessible, expectSaved, test } from './fixtures';

const region = (page: Page, key: string) => page.locator(`.scenarios-venn-region[data-region="${key}"]`);
const tableRow = (page: Page, key: string) => page.locator(`.scenarios-venn-table tr[data-region="${key}"]`);
const heatCell = (page: Page, l: number, i: number) => page.locator(`[data-cell="${l}-${i}"]`);

// Long journeys with several axe runs: more time than the default on a busy two-core machine.
test.describe.configure({ timeout: 180_000 });

test('create from a template, edit, see the pictures change, filter by region, reload', async ({
  page,
  server,
}) => {
  await page.goto(server.url);
  const workbookUrl = await createWorkbookViaUi(page, 'Scenario plan');
  await page.getByRole('link', { name: 'Scenarios', exact: true }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'Scenarios' })).toBeVisible();
  await expect(tableRow(page, 'PLS')).toContainText('gap');
  await expectAccessible(page, 'empty scenario list');

  await page.getByRole('link', { name: 'New scenario' }).click();
  await page
    .getByLabel('Start from a template')
    .selectOption({ label: 'Snowstorm while staff must be on the corporate network' });
  await expect(page.getByLabel(/^Title/)).toHaveValue(
    'Snowstorm while staff must be on the corporate network',
  );
  await expect(page.getByRole('checkbox', { name: 'People' })).toBeChecked();
  await expect(page.getByLabel('Statement').first()).toHaveValue(
    'Engineers keep their corporate laptops at home with them.',
  );
  await expectAccessible(page, 'new scenario form');

  // Nothing is stored before Save: the list is still empty.
  await page.getByRole('link', { name: 'Back to scenarios' }).click();
  await expect(page.getByTestId('scenario-count')).toHaveText('0 of 0 scenarios');
  await page.goBack();
  await page
    .getByLabel('Start from a template')
    .selectOption({ label: 'Snowstorm while staff must be on the corporate network' });

  // Validation: no area chosen is refused with the reason beside the field.
  for (const name of ['People', 'Location', 'Systems']) await page.getByRole('checkbox', { name }).uncheck();
  await page.getByRole('button', { name: 'Save scenario' }).click();
  await expect(page.getByText('Choose at least one risk area.')).toBeVisible();
  await page.getByRole('checkbox', { name: 'People' }).check();
  await page.getByRole('checkbox', { name: 'Location' }).check();
  await page.getByRole('checkbox', { name: 'Systems' }).check();
  await page.getByRole('button', { name: 'Save scenario' }).click();
  await expect(page.getByRole('heading', { name: 'Edit scenario' })).toBeVisible();
  await expect(page.getByLabel(/^Title/)).toHaveValue(
    'Snowstorm while staff must be on the corporate network',
  );

  // Edit with autosave; RPO longer than RTO is flagged, not refused; an overdue open action too.
  await page.getByLabel(/^Title/).fill('Snowstorm, HQ network only');
  await page.getByLabel('Recovery point objective (hours)').fill('12');
  await expect(
    page.getByText('The recovery point objective is longer than the recovery time objective.', {
      exact: false,
    }),
  ).toBeVisible();
  await page.getByRole('listitem', { name: 'Action 1' }).getByLabel('Due date').fill('2020-01-01');
  await expect(page.getByText('This action is still open and its due date has passed.')).toBeVisible();
  await page.getByLabel('Likelihood (1-5)').selectOption('5');
  await page.getByLabel('Impact (1-5)').selectOption('5');
  await expectSaved(page);
  await expectAccessible(page, 'scenario editor');

  // A second scenario from a template, in the systems-only region.
  await page.getByRole('link', { name: 'Back to scenarios' }).click();
  await expect(region(page, 'PLS')).toContainText('1');
  await expect(region(page, 'PLS')).toContainText('Critical');
  await expect(heatCell(page, 5, 5)).toHaveText('1');
  await page.getByRole('link', { name: 'New scenario' }).click();
  await page.getByLabel('Start from a template').selectOption({ label: 'Identity provider outage' });
  await page.getByRole('button', { name: 'Save scenario' }).click();
  await expect(page.getByRole('heading', { name: 'Edit scenario' })).toBeVisible();
  await page.getByRole('link', { name: 'Back to scenarios' }).click();
  await expect(tableRow(page, 'S')).toContainText('1');
  await expect(heatCell(page, 2, 5)).toHaveText('1');
  await expect(page.getByTestId('scenario-count')).toHaveText('2 of 2 scenarios');
  await expectAccessible(page, 'scenario list with scenarios');

  // Click a region (a point inside the systems-only part of the diagram) to filter the list.
  const svg = page.locator('.scenarios-venn-svg');
  const box = (await svg.boundingBox())!;
  await page.mouse.click(box.x + (180 / 360) * box.width, box.y + (285 / 330) * box.height);
  await expect(page.getByTestId('scenario-count')).toHaveText('1 of 2 scenarios');
  await expect(page.getByRole('link', { name: 'Identity provider outage' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Snowstorm, HQ network only' })).toHaveCount(0);
  expect(page.url()).toContain('region=S');

  // Keyboard: Enter on a region label filters too; Back restores the previous filter.
  await region(page, 'PLS').focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('link', { name: 'Snowstorm, HQ network only' })).toBeVisible();
  await expect(page.getByTestId('scenario-count')).toHaveText('1 of 2 scenarios');
  await page.goBack();
  await expect(page.getByRole('link', { name: 'Identity provider outage' })).toBeVisible();

  // Heat map cell filter (filters combine, so clear the region first).
  await page.getByRole('button', { name: 'Clear filters' }).click();
  await heatCell(page, 5, 5).click();
  await expect(page.getByRole('link', { name: 'Snowstorm, HQ network only' })).toBeVisible();
  await expect(page.getByTestId('scenario-count')).toHaveText('1 of 2 scenarios');

  // Bulk status change.
  await page.getByRole('button', { name: 'Clear filters' }).click();
  await page.getByLabel('Select all on this page').check();
  await page.getByLabel('Set status of selected to').selectOption('exercised');
  await page.getByRole('button', { name: 'Apply' }).click();
  await expectSaved(page);
  await page.getByLabel('Status', { exact: true }).selectOption('exercised');
  await expect(page.getByTestId('scenario-count')).toHaveText('2 of 2 scenarios');

  // Reload: everything is still there, including the filter in the URL.
  await page.reload();
  await expect(page.getByTestId('scenario-count')).toHaveText('2 of 2 scenarios');
  await page.getByRole('link', { name: 'Snowstorm, HQ network only' }).click();
  await expect(page.getByLabel('Recovery point objective (hours)')).toHaveValue('12');
  await expect(page.getByRole('listitem', { name: 'Action 1' }).getByLabel('Due date')).toHaveValue(
    '2020-01-01',
  );

  // The overview reports the figures.
  await page.goto(workbookUrl);
  await expect(page.getByTestId('readiness-actions')).toContainText('Overdue actions1');
  await expect(page.getByText('2 scenarios in total')).toBeVisible();
  await expectAccessible(page, 'overview');
});

test('the same in Korean', async ({ page, server }) => {
  await page.goto(server.url);
  await page.getByLabel('Language').selectOption('ko');
  await createWorkbookViaUi(page, '서울 계획');
  await page.getByRole('link', { name: '시나리오', exact: true }).click();
  await page.getByRole('link', { name: '새 시나리오' }).click();
  await page.getByLabel('템플릿으로 시작').selectOption({ label: '사내망 접속이 필요한 상황에서 폭설' });
  await expect(page.getByLabel(/^제목/)).toHaveValue('사내망 접속이 필요한 상황에서 폭설');
  for (const name of ['사람', '장소', '시스템']) await page.getByRole('checkbox', { name }).uncheck();
  await page.getByRole('button', { name: '시나리오 저장' }).click();
  await expect(page.getByText('위험 영역을 하나 이상 선택하세요.')).toBeVisible();
  await page.getByRole('checkbox', { name: '사람' }).check();
  await page.getByRole('checkbox', { name: '시스템' }).check();
  await expectAccessible(page, 'new scenario form (ko)');
  await page.getByRole('button', { name: '시나리오 저장' }).click();
  await expect(page.getByRole('heading', { name: '시나리오 편집' })).toBeVisible();
  await page.getByLabel('목표 복구 시점 RPO(시간)').fill('30');
  await expect(
    page.getByText('목표 복구 시점(RPO)이 목표 복구 시간(RTO)보다 깁니다.', { exact: false }),
  ).toBeVisible();
  await expectSaved(page);
  await expectAccessible(page, 'scenario editor (ko)');
  await page.getByRole('link', { name: '시나리오 목록으로' }).click();
  await expect(tableRow(page, 'PS')).toContainText('1');
  await region(page, 'PS').click();
  await expect(page.getByTestId('scenario-count')).toHaveText('전체 1개 중 1개');
  await region(page, 'P').click();
  await expect(page.getByTestId('scenario-count')).toHaveText('전체 1개 중 0개');
  await expect(page.getByText('조건에 맞는 시나리오가 없습니다.')).toBeVisible();
  await expectAccessible(page, 'scenario list (ko)');
  await page.reload();
  await expect(page.getByText('조건에 맞는 시나리오가 없습니다.')).toBeVisible();
  await page.getByRole('button', { name: '필터 지우기' }).click();
  await expect(page.getByRole('link', { name: '사내망 접속이 필요한 상황에서 폭설' })).toBeVisible();
});
