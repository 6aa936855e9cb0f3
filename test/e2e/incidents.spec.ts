import { expect, expectAccessible, expectSaved, test } from './fixtures';
import type { Page } from '@playwright/test';

// A workbook with one scenario, imported as a backup (the scenarios UI is another step's job).
const fixturePath = 'test/fixtures/incidents-scenario-backup.json';

async function openImportedWorkbook(page: Page, serverUrl: string) {
  await page.goto(serverUrl);
  await page.getByRole('button', { name: /Import backup|백업 가져오기/ }).click();
  await page.getByTestId('import-file').setInputFiles(fixturePath);
  await page.getByRole('button', { name: /^(Import|가져오기)$/ }).click();
  await page.getByRole('link', { name: 'Incident review plan' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Incident review plan' })).toBeVisible();
}

test('record an incident, review it, and turn a lesson into a scenario action', async ({ page, server }) => {
  await openImportedWorkbook(page, server.url);
  await page.getByRole('link', { name: 'Incidents' }).click();
  await expect(page.getByText('No incidents recorded yet.')).toBeVisible();
  await expectAccessible(page, 'empty incident log');

  await page.getByRole('button', { name: 'Record an incident' }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByLabel(/^Title/).fill('Exchange Online outage');
  await dialog.getByLabel('Service affected').fill('Email');
  await dialog.getByLabel(/^Started/).fill('2026-03-02T10:00');
  await dialog.getByLabel(/^Ended/).fill('2026-03-02T09:30');
  await dialog.getByRole('button', { name: 'Record incident' }).click();
  await expect(dialog.getByText('The end cannot be before the start.')).toBeVisible();
  await expectAccessible(page, 'new incident dialog with an error');
  await dialog.getByLabel(/^Ended/).fill('2026-03-02T14:15');
  await dialog.getByRole('button', { name: 'Record incident' }).click();

  // The review opens: six sections plus how our plan worked.
  await expect(page.getByRole('heading', { name: 'Exchange Online outage' })).toBeVisible();
  await page.getByLabel('User impact').fill('Nobody could send or receive mail for four hours.');
  await page.getByLabel('Scope of impact').fill('All 300 staff in Seoul, Busan');
  await page.getByLabel('Root cause').fill('A faulty configuration change by the provider.');
  await page.getByLabel('Actions taken').fill('Switched to SMS and the phone tree.');
  await page.getByLabel('Next steps').fill('Provider adds validation; we add an SMS list.');
  await page
    .getByLabel('How our own plan worked')
    .fill('The phone tree worked; the chat channel was down too.');
  // End before start on the saved incident: explained, not saved.
  await page.getByLabel(/^Ended/).fill('2026-03-01T10:00');
  await expect(page.getByText('The end cannot be before the start.')).toBeVisible();
  await page.getByLabel(/^Ended/).fill('2026-03-02T15:00');
  await expect(page.getByText('The end cannot be before the start.')).toHaveCount(0);
  await expectSaved(page);

  await page.getByLabel('New lesson').fill('Keep an SMS list of all staff outside the cloud');
  await page.getByRole('button', { name: 'Add lesson' }).click();
  await expect(page.getByLabel('New lesson')).toHaveValue('');
  await expect(page.getByLabel('Lesson', { exact: true })).toHaveValue(
    'Keep an SMS list of all staff outside the cloud',
  );
  await page.getByLabel('Scenario for the action').selectOption({ label: 'Email and chat unavailable' });
  await page.getByRole('button', { name: 'Make it an action' }).click();
  const link = page.getByTestId('lesson-action');
  await expect(link).toHaveText(
    'Action on scenario “Email and chat unavailable”: Keep an SMS list of all staff outside the cloud (open)',
  );
  await expect(page.getByRole('button', { name: 'Make it an action' })).toHaveCount(0);
  await expectAccessible(page, 'incident review');

  await page.reload();
  await expect(page.getByLabel('Root cause')).toHaveValue('A faulty configuration change by the provider.');
  await expect(page.getByLabel(/^Ended/)).toHaveValue('2026-03-02T15:00');
  await expect(page.getByTestId('lesson-action')).toBeVisible();
  await page.getByRole('link', { name: 'Back to the incident log' }).click();
  const row = page.getByRole('row', { name: /Exchange Online outage/ });
  await expect(row).toContainText('1 lesson(s)');
  await expect(row).toContainText('The provider’s service');
});

test('Korean incident log at phone width', async ({ page, server }) => {
  await page.setViewportSize({ width: 360, height: 740 });
  await page.goto(server.url);
  await page.getByLabel('Language').selectOption('ko');
  await openImportedWorkbook(page, server.url);
  await page.getByRole('link', { name: '인시던트' }).click();
  await page.getByRole('button', { name: '장애 기록하기' }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByLabel(/^제목/).fill('사내 VPN 장애');
  await dialog.getByLabel('장애 주체').selectOption('internal');
  await dialog.getByLabel(/^시작/).fill('2026-04-01T09:00');
  await dialog.getByLabel(/^종료/).fill('2026-04-01T08:00');
  await dialog.getByRole('button', { name: '장애 기록' }).click();
  await expect(dialog.getByText('종료 시각이 시작 시각보다 앞설 수 없습니다.')).toBeVisible();
  await dialog.getByLabel(/^종료/).fill('');
  await dialog.getByRole('button', { name: '장애 기록' }).click();
  await expect(page.getByRole('heading', { name: '사내 VPN 장애' })).toBeVisible();
  await page.getByLabel('근본 원인').fill('인증서 만료');
  await page.getByLabel('새 교훈').fill('인증서 만료일을 달력에 등록');
  await page.getByRole('button', { name: '교훈 추가' }).click();
  await page.getByLabel('조치를 추가할 시나리오').selectOption({ label: 'Email and chat unavailable' });
  await page.getByRole('button', { name: '조치로 만들기' }).click();
  await expect(page.getByTestId('lesson-action')).toHaveText(
    '“Email and chat unavailable” 시나리오의 조치: 인증서 만료일을 달력에 등록 (미착수)',
  );
  await expectSaved(page);
  await page.getByRole('link', { name: '장애 기록으로 돌아가기' }).click();
  await expect(page.getByRole('row', { name: /사내 VPN 장애/ })).toContainText('진행 중');
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow).toBeLessThanOrEqual(0);
  await expectAccessible(page, 'Korean incident log');
});
