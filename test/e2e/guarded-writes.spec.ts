// Nothing lost outside the autosave: create forms keep their text as a draft (and the header says
// so), a write refused by a full disk keeps the text and offers Retry beside the control, and
// anything unexpected (a step that cannot render, a rejected promise) shows a message with a
// backup export.
import { readFileSync } from 'node:fs';
import { createWorkbookViaUi, expect, expectAccessible, expectSaved, test } from './fixtures';
import { injectDiskFull, setDiskFull } from './disk-full';

const status = (page: import('@playwright/test').Page) => page.getByTestId('save-status');

test('New scenario: typed text survives a trip to another step, and the header never says saved meanwhile', async ({
  page,
  server,
}) => {
  await page.goto(server.url);
  await createWorkbookViaUi(page, 'Draft plan');
  await page.getByRole('link', { name: 'Scenarios', exact: true }).click();
  await page.getByRole('link', { name: 'New scenario' }).click();
  await page.getByLabel(/^Title/).fill('Basement flood');
  await page.getByLabel(/^Description/).fill('Water in the server room');
  await page.getByRole('checkbox', { name: 'Location' }).check();
  await expect(status(page)).toHaveText('Draft not saved yet');

  await page.getByRole('link', { name: 'Risk areas', exact: true }).click();
  await expect(page.getByRole('heading', { level: 2 }).first()).toBeVisible();
  await expect(status(page)).toHaveText('Draft not saved yet');
  await expect(status(page)).not.toHaveText(/All changes saved/);

  await page.getByRole('link', { name: 'Scenarios', exact: true }).click();
  await page.getByRole('link', { name: 'New scenario' }).click();
  await expect(page.getByLabel(/^Title/)).toHaveValue('Basement flood');
  await expect(page.getByLabel(/^Description/)).toHaveValue('Water in the server room');
  await expect(page.getByRole('checkbox', { name: 'Location' })).toBeChecked();
  await expect(page.getByText('Your unsaved text from before was restored.')).toBeVisible();
  await expectAccessible(page, 'restored draft');

  // A reload keeps it too.
  await page.reload();
  await expect(page.getByLabel(/^Title/)).toHaveValue('Basement flood');

  await page.getByRole('button', { name: 'Save scenario' }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'Edit scenario' })).toBeVisible();
  await expectSaved(page);
  await page.getByRole('link', { name: 'Back to scenarios' }).click();
  await page.getByRole('link', { name: 'New scenario' }).click();
  await expect(page.getByLabel(/^Title/)).toHaveValue('');
});

test('a create dialog keeps its draft when closed with Escape; Cancel discards it', async ({
  page,
  server,
}) => {
  await page.goto(server.url);
  await createWorkbookViaUi(page, 'Dialog drafts');
  await page.getByRole('link', { name: 'Incidents', exact: true }).click();
  await page.getByRole('button', { name: 'Record an incident' }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByLabel(/^Title/).fill('Mail outage');
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(status(page)).toHaveText('Draft not saved yet');

  await page.getByRole('button', { name: 'Record an incident' }).click();
  await expect(dialog.getByLabel(/^Title/)).toHaveValue('Mail outage');
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(status(page)).toHaveText('All changes saved');
  await page.getByRole('button', { name: 'Record an incident' }).click();
  await expect(dialog.getByLabel(/^Title/)).toHaveValue('');
});

test('disk full: Create workbook keeps the text and says why; Retry creates it once space is back', async ({
  page,
  server,
}) => {
  await page.addInitScript(injectDiskFull);
  await page.goto(server.url);
  await page.evaluate(setDiskFull, true);
  await page.getByRole('button', { name: 'New workbook' }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByLabel(/^Title/).fill('Plan on a full disk');
  await dialog.getByRole('button', { name: 'Create workbook' }).click();
  const error = dialog.getByTestId('write-error');
  await expect(error).toContainText('Not saved');
  await expect(error).toContainText('no storage space left for this site');
  await expect(dialog.getByLabel(/^Title/)).toHaveValue('Plan on a full disk');
  await expect(dialog.getByRole('button', { name: 'Create workbook' })).toBeEnabled();
  await expectAccessible(page, 'create workbook refused');

  await page.evaluate(setDiskFull, false);
  await error.getByRole('button', { name: 'Retry now' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Plan on a full disk' })).toBeVisible();
});

test('disk full: a dependency being added stays in its field with Retry; nothing is stuck', async ({
  page,
  server,
}) => {
  await page.addInitScript(injectDiskFull);
  await page.goto(server.url);
  await createWorkbookViaUi(page, 'Dependencies');
  await page.getByRole('link', { name: 'Risk areas', exact: true }).click();
  await page.getByRole('link', { name: /^Location/ }).click();
  const field = page.getByLabel('New entry');
  await page.evaluate(setDiskFull, true);
  await field.fill('Payroll system');
  await page.getByRole('button', { name: 'Add', exact: true }).click();
  const error = page.getByTestId('write-error');
  await expect(error).toContainText('no storage space left for this site');
  await expect(field).toHaveValue('Payroll system');

  await page.evaluate(setDiskFull, false);
  await error.getByRole('button', { name: 'Retry now' }).click();
  await expect(page.getByLabel(/^Name/)).toHaveValue('Payroll system');
  await expect(field).toHaveValue('');
  await expect(error).toBeHidden();
});

test.describe('without the service worker', () => {
  // The service worker could answer from its cache; blocked, so the route below sees the request.
  test.use({ serviceWorkers: 'block' });
  test('a step whose code cannot load shows the message and a working backup export', async ({
    page,
    server,
  }) => {
    await page.route(/incidents-page-[^/]*\.js$/, (route) => route.abort());
    await page.goto(server.url);
    await createWorkbookViaUi(page, 'Broken step');
    await page.getByRole('link', { name: 'Incidents', exact: true }).click();
    const message = page.getByTestId('unexpected-error');
    await expect(message).toContainText('Something went wrong');
    // The header is still there, and the backup can be exported from the message.
    await expect(page.getByRole('heading', { level: 1, name: 'Broken step' })).toBeVisible();
    await expectAccessible(page, 'step error');
    const pending = page.waitForEvent('download');
    await message.getByRole('button', { name: 'Export a backup now' }).click();
    const download = await pending;
    const backup = JSON.parse(readFileSync(await download.path(), 'utf8'));
    expect(backup.data.workbooks.map((w: { title: string }) => w.title)).toEqual(['Broken step']);

    // Another step still works.
    await page.getByRole('link', { name: 'Scenarios', exact: true }).click();
    await expect(message).toBeHidden();
    await expect(page.getByRole('heading', { level: 2, name: 'Scenarios' })).toBeVisible();
  });
});

test('an unhandled rejection shows the message with a backup export', async ({ page, server }) => {
  await page.goto(server.url);
  await createWorkbookViaUi(page, 'Rejected');
  await page.evaluate(() => {
    // The point of the test: a rejection nobody handles.
    // eslint-disable-next-line @typescript-eslint/no-floating-promises
    Promise.reject(new Error('nobody handled this'));
  });
  const message = page.getByTestId('unexpected-error');
  await expect(message).toContainText('Something went wrong');
  await expect(message).toContainText('nobody handled this');
  await expect(message.getByRole('button', { name: 'Export a backup now' })).toBeVisible();
  await message.getByRole('button', { name: 'Close' }).click();
  await expect(message).toBeHidden();
});

test('PDF export: a database error before the worker starts ends in a message, not a running export', async ({
  page,
  server,
}) => {
  await page.goto(server.url);
  await createWorkbookViaUi(page, 'Unreadable plan');
  await page.getByRole('link', { name: 'Export', exact: true }).click();
  // Every read of an index fails from now on (as a database closed under the app would).
  await page.evaluate(() => {
    for (const proto of [IDBIndex.prototype, IDBObjectStore.prototype] as unknown as Record<
      string,
      unknown
    >[]) {
      for (const method of ['getAll', 'openCursor', 'get']) {
        proto[method] = () => {
          throw new DOMException('The database connection is closing.', 'InvalidStateError');
        };
      }
    }
  });
  await page.getByRole('button', { name: 'Create PDF' }).click();
  await expect(page.getByRole('alert').filter({ hasText: 'closing' })).toBeVisible();
  await expect(page.getByRole('progressbar')).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Create PDF' })).toBeEnabled();
});

test('disk full: Save scenario says why and keeps the form; Retry saves it once space is back', async ({
  page,
  server,
}) => {
  await page.addInitScript(injectDiskFull);
  await page.goto(server.url);
  await createWorkbookViaUi(page, 'Scenario on a full disk');
  await page.getByRole('link', { name: 'Scenarios', exact: true }).click();
  await page.getByRole('link', { name: 'New scenario' }).click();
  await page.getByLabel(/^Title/).fill('Power cut');
  await page.getByRole('checkbox', { name: 'Location' }).check();
  await page.evaluate(setDiskFull, true);
  await page.getByRole('button', { name: 'Save scenario' }).click();
  const error = page.getByTestId('write-error');
  await expect(error).toContainText('no storage space left for this site');
  await expect(page.getByLabel(/^Title/)).toHaveValue('Power cut');
  await expect(page.getByRole('button', { name: 'Save scenario' })).toBeEnabled();
  await expect(status(page)).not.toHaveText(/All changes saved/);

  await page.evaluate(setDiskFull, false);
  await error.getByRole('button', { name: 'Retry now' }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'Edit scenario' })).toBeVisible();
  await expect(page.getByLabel(/^Title/)).toHaveValue('Power cut');
});
