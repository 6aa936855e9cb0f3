// Exercises end to end: plan an exercise with an objective and a recovery time (bad input beside
// the field), prepare a tabletop built from the workbook, edit its script, run it with the
// keyboard, log decisions, edit one in place and remove another with Undo, survive a reload, finish
// it into an exercise record (the log as edited) whose finding becomes an action in the Actions
// step; axe-clean, full screen on a button, 360 px without horizontal scrolling.
import { expect, expectAccessible, expectSaved, test } from './fixtures';
import type { Page } from '@playwright/test';

test.describe.configure({ timeout: 180_000 });

const fixturePath = 'test/fixtures/backup-v3.json';
const SCENARIO = '시나리오 2: 지역 네트워크 장애';
const injectTitle = (page: Page) => page.getByTestId('inject-title');

async function noHorizontalScroll(page: Page) {
  expect(
    await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth),
  ).toBeLessThanOrEqual(0);
}

test('log an exercise, run a tabletop with the keyboard, and turn its finding into an action', async ({
  page,
  server,
}, testInfo) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto(server.url);
  await page.getByRole('button', { name: 'Import backup' }).click();
  await page.getByTestId('import-file').setInputFiles(fixturePath);
  await page.getByRole('button', { name: 'Import', exact: true }).click();
  await page.getByRole('link', { name: /서울 본사 연속성 계획/ }).click();
  await page.getByRole('link', { name: 'Exercises', exact: true }).click();
  await expect(page.getByText('No exercises logged yet.')).toBeVisible();
  await expectAccessible(page, 'empty exercise log');

  // Plan an exercise: a missing name is explained beside the field, nothing is lost.
  await page.getByRole('button', { name: 'Plan an exercise' }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByLabel(/^Type/).selectOption({ label: 'Walkthrough' });
  await dialog.getByLabel(/^Date/).fill('2027-02-01');
  await dialog.getByRole('button', { name: 'Add exercise' }).click();
  await expect(dialog.getByText('This field is required.')).toBeVisible();
  await dialog.getByLabel(/^Name/).fill('Payroll walkthrough');
  await dialog.getByRole('button', { name: 'Add exercise' }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'Payroll walkthrough' })).toBeVisible();
  await expect(page.getByLabel(/^Date/)).toHaveValue('2027-02-01');

  await page.getByLabel('New objective').fill('Run payroll by hand within a day');
  await page.getByRole('button', { name: 'Add objective' }).click();
  await expect(page.getByLabel('Objective', { exact: true })).toHaveValue('Run payroll by hand within a day');
  await page.getByLabel('Result', { exact: true }).selectOption({ label: 'Met' });
  await page.getByRole('checkbox', { name: '급여 지급' }).check();
  const achieved = page.getByLabel('Achieved (hours)');
  await achieved.fill('-3');
  await achieved.blur();
  await expect(page.getByText('Enter zero or more.')).toBeVisible();
  await expect(achieved).toHaveValue('-3');
  await achieved.fill('30');
  await achieved.blur();
  await expect(page.getByTestId('recovery-result')).toHaveText('Result: Beyond target');
  await expectSaved(page);
  await expectAccessible(page, 'exercise record');
  await page.getByRole('link', { name: 'Back to the exercises' }).click();
  await expect(page.getByRole('row', { name: /Payroll walkthrough/ })).toContainText('1 of 1');

  // The tabletop script comes from the workbook: provider post, office, Invoicing's RTO, next update.
  await page.getByLabel('Scenario', { exact: true }).selectOption({ label: SCENARIO });
  await page.getByRole('button', { name: 'Prepare a tabletop' }).click();
  await expect(page.getByRole('heading', { name: `Script: ${SCENARIO}` })).toBeVisible();
  const injects = page.getByTestId('script-inject');
  expect(
    await injects
      .getByLabel(/^What happens/)
      .evaluateAll((els) => els.map((e) => (e as HTMLInputElement).value)),
  ).toEqual([
    `The provider posts on its service health dashboard: an incident is affecting the service (“${SCENARIO}”).`,
    'Staff cannot reach the office: travel and the site are out of reach.',
    'Invoicing passes its RTO of 8 h and is still down.',
    'The provider posts its next hourly update: the incident is still being worked on.',
  ]);
  expect(
    await injects
      .getByLabel('Minutes after the start')
      .evaluateAll((els) => els.map((e) => (e as HTMLInputElement).value)),
  ).toEqual(['0', '60', '480', '540']);

  // Edit: a bad time is explained beside its field; add, move and remove an inject.
  const second = injects.nth(1);
  await second.getByLabel('Minutes after the start').fill('');
  await expect(second.getByText('Enter a number.')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Start the exercise' })).toBeDisabled();
  await second.getByLabel('Minutes after the start').fill('90');
  await second.getByLabel('Prompt for the team').fill('Which channel do we try next: SMS or the phone tree?');
  await page.getByRole('button', { name: 'Add an inject' }).click();
  await expect(injects).toHaveCount(5);
  await injects
    .nth(4)
    .getByLabel(/^What happens/)
    .fill('The CEO asks for a status line');
  await injects.nth(4).getByRole('button', { name: 'Move up' }).click();
  await expect(injects.nth(3).getByLabel(/^What happens/)).toHaveValue('The CEO asks for a status line');
  await injects.nth(3).getByRole('button', { name: 'Remove' }).click();
  await expect(injects).toHaveCount(4);
  await expectAccessible(page, 'tabletop script');
  await page.setViewportSize({ width: 360, height: 800 });
  await noHorizontalScroll(page);
  await page.screenshot({ path: testInfo.outputPath('script-360.png'), fullPage: true });
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.getByRole('button', { name: 'Start the exercise' }).click();

  // The facilitator view, driven by the keyboard, with no network at all.
  await expect(injectTitle(page)).toHaveText(
    `The provider posts on its service health dashboard: an incident is affecting the service (“${SCENARIO}”).`,
  );
  await expect(
    page.getByText('Keys: N or → next inject · P or ← previous · D decision form · Esc leave full screen'),
  ).toBeVisible();
  await expect(page.getByRole('timer')).toHaveText(/^0:0\d:\d\d$/);
  await server.stop();
  await page.keyboard.press('n');
  await expect(injectTitle(page)).toHaveText(
    'Staff cannot reach the office: travel and the site are out of reach.',
  );
  await expect(page.getByTestId('scenario-time')).toHaveText('T+1:30');
  await expect(page.getByText('Which channel do we try next: SMS or the phone tree?')).toBeVisible();
  await page.keyboard.press('ArrowRight');
  await expect(injectTitle(page)).toHaveText('Invoicing passes its RTO of 8 h and is still down.');
  await page.keyboard.press('p');
  await expect(page.getByTestId('scenario-time')).toHaveText('T+1:30');
  await page.keyboard.press('ArrowLeft');
  await expect(page.getByTestId('scenario-time')).toHaveText('T+0:00');
  await page.keyboard.press('N');
  await page.keyboard.press('ArrowRight');
  await expect(page.getByTestId('scenario-time')).toHaveText('T+8:00');

  // D jumps to the decision form; typing there is not taken for shortcuts.
  await page.keyboard.press('d');
  const decision = page.getByRole('textbox', { name: /^Decision/ });
  await expect(decision).toBeFocused();
  await page.keyboard.type('Send invoices by post');
  await expect(page.getByTestId('scenario-time')).toHaveText('T+8:00');
  await page.getByLabel('Owner', { exact: true }).fill('김민수');
  await page.getByLabel('Reasoning').fill('The ERP is down longer than the RTO');
  await page.getByLabel('Follow-up (becomes a finding)').fill('Keep printed invoice templates at home');
  await page.getByRole('button', { name: 'Log decision' }).click();
  const logRow = page.getByRole('row', { name: /Send invoices by post/ });
  await expect(logRow).toContainText('(T+8:00)');
  await expect(logRow).toContainText('Keep printed invoice templates at home');
  await expect(decision).toHaveValue('');
  await decision.fill('Call the bank');
  await page.getByLabel('Follow-up (becomes a finding)').fill('Ask the bank for paper statements');
  await page.getByRole('button', { name: 'Log decision' }).click();
  await expect(page.getByRole('row', { name: /Call the bank/ })).toBeVisible();

  // Edit a logged decision in place with the keyboard: Enter on its Edit button opens the editor
  // with focus in its first field; the letters typed (n, p, d) are text, not the runner's keys.
  await page.getByRole('button', { name: 'Edit “Send invoices by post”' }).focus();
  await page.keyboard.press('Enter');
  const editor = page.getByRole('form', { name: /^Editing the decision “Send invoices by post/ });
  const editedDecision = editor.getByRole('textbox', { name: /^Decision/ });
  await expect(editedDecision).toBeFocused();
  await page.keyboard.press('End');
  await page.keyboard.type(' and a paid PDF');
  await expect(editedDecision).toHaveValue('Send invoices by post and a paid PDF');
  await expect(page.getByTestId('scenario-time')).toHaveText('T+8:00');
  await expect(page.getByRole('textbox', { name: /^Decision/ }).first()).not.toBeFocused();
  // A bad time is explained beside the field and the editor stays open; a good one is kept.
  await page.keyboard.press('Tab');
  await expect(editor.getByLabel('Time', { exact: true })).toBeFocused();
  await page.keyboard.press('ControlOrMeta+a');
  await page.keyboard.type('0:99:00');
  await expect(editor.getByText('Enter a clock time such as 0:12:30.')).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(editor).toBeVisible();
  await page.keyboard.press('ControlOrMeta+a');
  await page.keyboard.type('0:12:30');
  await expect(editor.getByText('Enter a clock time such as 0:12:30.')).toHaveCount(0);
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  await expect(editor.getByLabel('Follow-up (becomes a finding)')).toBeFocused();
  await page.keyboard.press('End');
  await page.keyboard.type(' and at the office');
  await expectSaved(page);
  await expectAccessible(page, 'decision editor');
  await page.keyboard.press('Escape');
  await expect(editor).toHaveCount(0);
  const editButton = page.getByRole('button', { name: 'Edit “Send invoices by post and a paid PDF”' });
  await expect(editButton).toBeFocused();
  const edited = page.getByRole('row', { name: /Send invoices by post and a paid PDF/ });
  await expect(edited).toContainText('0:12:30 (T+8:00)');
  await expect(edited).toContainText('Keep printed invoice templates at home and at the office');
  await expect(page.getByTestId('scenario-time')).toHaveText('T+8:00');

  // Remove with the keyboard, then Undo: the decision comes back in its place.
  await page.getByRole('button', { name: 'Remove “Call the bank”' }).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('row', { name: /Call the bank/ })).toHaveCount(0);
  const removedToast = page.locator('.toast', { hasText: 'Removed the decision “Call the bank”.' });
  await expect(removedToast).toBeVisible();
  await removedToast.getByRole('button', { name: 'Undo' }).click();
  await expect(page.getByRole('row', { name: /Call the bank/ })).toBeVisible();
  expect(await page.locator('.exercises-decisions tbody tr').allTextContents()).toEqual([
    expect.stringContaining('Send invoices by post and a paid PDF'),
    expect.stringContaining('Call the bank'),
  ]);

  await server.restart();

  // Full screen on a button; Esc leaves it.
  await page.getByRole('button', { name: 'Full screen' }).click();
  await expect(page.getByRole('button', { name: 'Leave full screen' })).toBeVisible();
  await expectAccessible(page, 'tabletop runner, full screen');
  await page.screenshot({ path: testInfo.outputPath('runner-1280.png') });
  // In full screen the page's toasts are out of sight: the log offers the Undo itself (and does
  // not offer it for the removal already undone).
  await expect(page.locator('.exercises-runner').getByRole('status')).toHaveCount(0);
  await page.getByRole('button', { name: 'Remove “Call the bank”' }).click();
  await expect(page.getByRole('row', { name: /Call the bank/ })).toHaveCount(0);
  await expect(page.locator('.exercises-runner').getByRole('status')).toHaveText(
    'Removed the decision “Call the bank”. Undo',
  );
  await expectAccessible(page, 'tabletop runner, full screen, a decision removed');
  await page.keyboard.press('Escape');
  await expect(page.getByRole('button', { name: 'Full screen', exact: true })).toBeVisible();

  // Space pauses the clock; the pause survives a reload, and Space resumes it (Space on a focused
  // button is that button's, so focus leaves the Full screen button first).
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
  await page.keyboard.press('Space');
  await expect(page.getByTestId('clock-paused')).toHaveText('Paused');
  await expect(page.getByRole('button', { name: 'Resume clock (Space)' })).toBeVisible();

  // A reload comes back to the same inject with the decision log.
  await page.reload();
  await expect(injectTitle(page)).toHaveText('Invoicing passes its RTO of 8 h and is still down.');
  await expect(page.getByRole('row', { name: /Send invoices by post and a paid PDF/ })).toContainText(
    '0:12:30 (T+8:00)',
  );
  await expect(page.getByRole('row', { name: /Call the bank/ })).toHaveCount(0);
  await expect(page.getByTestId('clock-paused')).toHaveText('Paused');
  const stood = await page.getByRole('timer').textContent();
  await page.keyboard.press('Space');
  await expect(page.getByTestId('clock-paused')).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Pause clock (Space)' })).toBeVisible();
  expect(stood).toMatch(/^0:0\d:\d\d$/);

  await page.setViewportSize({ width: 360, height: 800 });
  await expect(injectTitle(page)).toBeVisible();
  await noHorizontalScroll(page);
  await expectAccessible(page, 'tabletop runner at 360 px');
  await page.screenshot({ path: testInfo.outputPath('runner-360.png'), fullPage: true });
  await page.getByRole('button', { name: 'Edit “Send invoices by post and a paid PDF”' }).click();
  await expect(editor.getByRole('textbox', { name: /^Decision/ })).toBeFocused();
  await noHorizontalScroll(page);
  expect(await page.locator('.exercises-decisions .table-scroll').evaluate((e) => e.scrollLeft)).toBe(0);
  const box = (await editor.getByLabel('Follow-up (becomes a finding)').boundingBox())!;
  expect(box.x).toBeGreaterThanOrEqual(0);
  expect(box.x + box.width).toBeLessThanOrEqual(360);
  await page.screenshot({ path: testInfo.outputPath('editor-360.png'), fullPage: true });
  await page.keyboard.press('Escape');
  await expect(editor).toHaveCount(0);
  await page.setViewportSize({ width: 1280, height: 900 });

  // Finish: an exercise record with the follow-up as a finding, which becomes an action.
  await page.getByRole('button', { name: 'Finish and record the exercise' }).click();
  await expect(page.getByRole('heading', { level: 2, name: `Tabletop: ${SCENARIO}` })).toBeVisible();
  // The record holds the log as edited: one finding, the edited follow-up; the removed one is gone.
  await expect(page.getByLabel('Finding', { exact: true })).toHaveValue(
    'Keep printed invoice templates at home and at the office',
  );
  await expect(page.getByText('Ask the bank for paper statements')).toHaveCount(0);
  await expect(page.getByLabel('Owner', { exact: true })).toHaveValue('김민수');
  await expect(page.getByLabel('Scenario for the action')).toHaveValue(/.+/);
  await page.getByRole('button', { name: 'Make it an action' }).click();
  await expect(page.getByTestId('finding-action')).toHaveText(
    `Action on “${SCENARIO}”: Keep printed invoice templates at home and at the office (open)`,
  );
  await expectAccessible(page, 'finished tabletop record');
  await noHorizontalScroll(page);
  await page.setViewportSize({ width: 360, height: 800 });
  await noHorizontalScroll(page);
  await page.screenshot({ path: testInfo.outputPath('record-360.png'), fullPage: true });
  await page.setViewportSize({ width: 1280, height: 900 });

  await page.getByRole('link', { name: 'Actions', exact: true }).click();
  const actionRow = page.getByRole('row', {
    name: /Keep printed invoice templates at home and at the office/,
  });
  await expect(actionRow).toContainText('Exercise finding');
  await expect(actionRow).toContainText('김민수');

  // Delete with Undo on the exercise log.
  await page.getByRole('link', { name: 'Exercises', exact: true }).click();
  await page.getByRole('link', { name: 'Payroll walkthrough' }).click();
  await page.getByRole('button', { name: 'Delete exercise' }).click();
  await expect(page.getByRole('row', { name: /Payroll walkthrough/ })).toHaveCount(0);
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(page.getByRole('row', { name: /Payroll walkthrough/ })).toBeVisible();
  await noHorizontalScroll(page);
});
