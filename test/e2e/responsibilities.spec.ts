import { readFileSync } from 'node:fs';
import { createWorkbookViaUi, expect, expectAccessible, expectSaved, test } from './fixtures';

test('review checklist items, switch the matrix phase, hide and restore, export CSV', async ({
  page,
  server,
}) => {
  await page.goto(server.url);
  await createWorkbookViaUi(page, 'Responsibility plan');
  await page.getByRole('link', { name: 'Responsibilities' }).click();
  await expect(page.getByRole('heading', { name: 'Who is responsible for what' })).toBeVisible();
  await expect(page.getByTestId('checklist-progress')).toHaveText('0 of 13 items reviewed (0%)');
  await expectAccessible(page, 'responsibilities');

  // Matrix: "during an incident" shows incident and both-phase items; regular shows the others.
  const matrix = page.getByRole('table');
  await expect(matrix.getByText('Spotting incidents and working out who is affected')).toBeVisible();
  await expect(matrix.getByText('Managing how we use the services')).toHaveCount(0);
  await page.getByRole('radio', { name: 'Regular operations' }).check();
  await expect(matrix.getByText('Managing how we use the services')).toBeVisible();
  await expect(matrix.getByText('Spotting incidents and working out who is affected')).toHaveCount(0);
  await expect(matrix.getByText('Running the identity and directory link')).toBeVisible();

  // Review a customer item: status, person, notes; the review date fills in.
  const identity = page.getByRole('article', { name: 'Managing identities and access' });
  await identity.getByLabel('Review status').selectOption('gap');
  await identity.getByLabel('Person responsible (our side)').fill('Kim Min-ji');
  await identity.getByLabel('Evidence or notes').fill('No break-glass account yet, "to do", Q3');
  await expect(identity.getByLabel('Date last reviewed')).not.toHaveValue('');
  // A provider item is reviewed as "do we know how to check it, and who watches it".
  const health = page.getByRole('article', { name: /Posting service health updates/ });
  await expect(health.getByText('Do we know how to check this, and who watches it?')).toBeVisible();
  await health.getByLabel('Review status').selectOption('in_place');
  await health.getByLabel('Who watches it (our side)').fill('Service desk lead');
  await expectSaved(page);
  await expect(page.getByTestId('checklist-progress')).toHaveText('2 of 13 items reviewed (15%)');
  await expect(page.getByText('Open gaps: 1')).toBeVisible();

  // Filter by status.
  await page.getByLabel('Status', { exact: true }).selectOption('gap');
  await expect(page.getByRole('article')).toHaveCount(1);
  await page.getByLabel('Status', { exact: true }).selectOption('all');

  // Hide an item, find it under "Show hidden items", restore it.
  await page
    .getByRole('group', { name: 'Actions for Managing how we use the services' })
    .getByRole('button', { name: 'Hide' })
    .click();
  await expect(page.getByRole('article', { name: 'Managing how we use the services' })).toHaveCount(0);
  await expect(page.getByTestId('checklist-progress')).toHaveText('2 of 12 items reviewed (17%)');
  await page.getByLabel('Show hidden items').check();
  await page.getByRole('button', { name: 'Restore' }).click();
  await page.getByLabel('Show hidden items').uncheck();
  await expect(page.getByRole('article', { name: 'Managing how we use the services' })).toBeVisible();

  // Add an item of our own.
  await page.getByRole('button', { name: 'Add item' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Add item' }).click();
  await expect(page.getByRole('dialog').getByText('This field is required.')).toBeVisible();
  await page
    .getByRole('dialog')
    .getByLabel(/^Title/)
    .fill('Printed copy of the call tree');
  await page.getByRole('dialog').getByRole('button', { name: 'Add item' }).click();
  await expect(page.getByRole('article', { name: 'Printed copy of the call tree' })).toBeVisible();

  // Reload: everything is still there.
  await page.reload();
  const again = page.getByRole('article', { name: 'Managing identities and access' });
  await expect(again.getByLabel('Person responsible (our side)')).toHaveValue('Kim Min-ji');
  await expect(again.getByLabel('Review status')).toHaveValue('gap');

  const downloadPromise = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export checklist (CSV)' }).click();
  const csv = readFileSync(await (await downloadPromise).path(), 'utf8');
  expect(csv.charCodeAt(0)).toBe(0xfeff);
  expect(csv).toContain('Managing identities and access');
  expect(csv).toContain('"No break-glass account yet, ""to do"", Q3"');
  expect(csv.trim().split('\r\n')).toHaveLength(15);
  await expectAccessible(page, 'responsibilities after review');
});

test('Korean checklist and matrix at phone width', async ({ page, server }) => {
  await page.setViewportSize({ width: 360, height: 740 });
  await page.goto(server.url);
  await page.getByLabel('Language').selectOption('ko');
  await createWorkbookViaUi(page, '책임 분담 계획');
  await page.getByRole('link', { name: '책임 분담' }).click();
  await expect(page.getByRole('heading', { name: '누가 무엇을 책임지는가' })).toBeVisible();
  await page.getByRole('radio', { name: '평상시 운영' }).check();
  await expect(page.getByRole('table').getByText('서비스 사용 방식 관리')).toBeVisible();
  const item = page.getByRole('article', { name: 'ID와 접근 관리' });
  await item.getByLabel('검토 상태').selectOption('in_place');
  await expectSaved(page);
  await expect(page.getByTestId('checklist-progress')).toHaveText('항목 13개 중 1개 검토 완료(8%)');
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow).toBeLessThanOrEqual(0);
  await expectAccessible(page, 'Korean responsibilities');
});
