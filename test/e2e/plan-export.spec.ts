// The plan export from the UI: a real PDF downloads, online and with the server stopped, in the
// language chosen for the document; and an export can be cancelled.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { createWorkbookViaUi, expect, expectAccessible, test } from './fixtures';

async function openExport(page: Page) {
  await page.getByRole('link', { name: /^(Export|내보내기)$/ }).click();
  await expect(page.getByRole('heading', { name: /Print the plan|계획서 인쇄/ })).toBeVisible();
}

async function exportPdf(page: Page) {
  const download = page.waitForEvent('download', { timeout: 60_000 });
  await page.getByRole('button', { name: /Create PDF|PDF 만들기/ }).click();
  const file = await download;
  const path = await file.path();
  const bytes = readFileSync(path);
  expect(bytes.subarray(0, 5).toString()).toBe('%PDF-');
  return {
    name: file.suggestedFilename(),
    text: execFileSync('pdftotext', ['-enc', 'UTF-8', path, '-'], { encoding: 'utf8' }),
  };
}

test('exports the full plan in Korean while the UI stays in English', async ({ page, server }) => {
  await page.goto(server.url);
  await createWorkbookViaUi(page, 'Busan branch plan', 'Hanbit Logistics');
  await openExport(page);
  await expectAccessible(page, 'plan export');
  await page.getByRole('radio', { name: /Full plan/ }).check();
  await expect(page.getByRole('checkbox', { name: 'Scenarios' })).toBeChecked();
  await page.getByLabel('Language of the document').selectOption('ko');
  const { name, text } = await exportPdf(page);
  expect(name).toMatch(/^Busan-branch-plan-plan-full-ko-\d{4}-\d{2}-\d{2}\.pdf$/);
  expect(text).toContain('Busan branch plan');
  expect(text).toContain('업무 연속성 계획');
  expect(text).toContain('경영 요약');
  expect(text).toContain('시나리오');
  expect(text).toContain('아직 기록된 내용이 없습니다.');
  await expect(page.getByTestId('plan-export-done')).toContainText('Busan-branch-plan');
  // The UI language did not change.
  await expect(page.getByRole('heading', { name: 'Print the plan' })).toBeVisible();
});

test('exports the leadership summary offline, from the precached engine and fonts', async ({
  page,
  server,
}) => {
  await page.goto(server.url);
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });
  await page.reload();
  await expect.poll(() => page.evaluate(() => Boolean(navigator.serviceWorker.controller))).toBe(true);
  await createWorkbookViaUi(page, 'Offline print', 'Hanbit Logistics');
  await server.stop();
  await openExport(page);
  const { text } = await exportPdf(page);
  expect(text).toContain('Business continuity plan: leadership summary');
  expect(text).toContain('Offline print');
  expect(text).toContain('Executive summary');
  expect(text).not.toContain('Responsibilities');
  await server.restart();
});

test('an export can be cancelled', async ({ page, server }) => {
  await page.goto(server.url);
  await createWorkbookViaUi(page, 'Cancelled plan');
  await openExport(page);
  await page.getByRole('radio', { name: /Full plan/ }).check();
  await page.getByRole('button', { name: 'Create PDF' }).click();
  await page.getByRole('button', { name: 'Cancel' }).click();
  await expect(page.getByText('The export was cancelled.')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Create PDF' })).toBeEnabled();
});

test('names, before export, the characters the PDF font cannot print', async ({ page, server }) => {
  await page.goto(server.url);
  await createWorkbookViaUi(page, 'Athens Αθήνα plan 韓光 ㈜', 'Hanbit Logistics');
  await openExport(page);
  const notice = page.getByTestId('plan-export-unprintable');
  await expect(notice).toContainText('Α (U+0391), θ (U+03B8), ή (U+03AE), ν (U+03BD), α (U+03B1)');
  // Hanja and enclosed CJK print, so they are not named.
  await expect(notice).not.toContainText('韓');
  await expect(notice).not.toContainText('㈜ (');
  await expectAccessible(page, 'plan export with unprintable characters');
});

test('downloads wallet cards in Korean from the export step, two A4 sheets, usable at 360 px', async ({
  page,
  server,
}) => {
  await page.setViewportSize({ width: 360, height: 800 });
  await page.goto(server.url);
  await createWorkbookViaUi(page, 'Card plan', 'Hanbit Logistics');
  await openExport(page);
  await expect(page.getByRole('heading', { name: 'Cards for the field' })).toBeVisible();
  await expectAccessible(page, 'plan export with the card buttons at 360 px');
  await page.getByLabel('Language of the document').selectOption('ko');
  const download = page.waitForEvent('download', { timeout: 60_000 });
  await page.getByRole('button', { name: 'Create wallet cards' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toMatch(/^Card-plan-wallet-cards-ko-\d{4}-\d{2}-\d{2}\.pdf$/);
  const path = await file.path();
  expect(readFileSync(path).subarray(0, 5).toString()).toBe('%PDF-');
  const info = execFileSync('pdfinfo', ['-f', '1', '-l', '2', path], { encoding: 'utf8' });
  expect(info).toMatch(/Pages:\s+2\n/);
  expect(info).toMatch(/Page\s+1 size:\s+595\.28 x 841\.89 pts \(A4\)/);
  expect(info).toMatch(/Page\s+2 size:\s+595\.28 x 841\.89 pts \(A4\)/);
  const text = execFileSync('pdftotext', ['-raw', '-enc', 'UTF-8', path, '-'], { encoding: 'utf8' });
  expect(text.split('사고 발생 시 · Card plan').length - 1).toBe(8);
  expect(text).toContain('기록 없음: 관리자에게 문의하세요');
  expect(text).toContain('계획 버전');
  await expect(page.getByTestId('plan-export-done')).toContainText('Card-plan-wallet-cards-ko');
  await expect(page.getByRole('button', { name: 'Create role cards' })).toBeEnabled();
});
