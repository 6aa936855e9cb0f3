// Versions and sign-off end to end: approvers, publish (with its validation beside the field),
// review, sign-off, approval and the lock; an edit after approval makes the overview say "draft
// since approved version 1.0"; compare two versions; open one read-only; its plan PDF; restore it
// as a new workbook; the review date to a calendar. axe-clean at 1280 and 360 px.
import { readFileSync } from 'node:fs';
import { createWorkbookViaUi, expect, expectAccessible, expectSaved, test } from './fixtures';

test.describe.configure({ timeout: 180_000 });

test('publish, approve, lock, compare, open read-only, PDF, restore, review', async ({
  page,
  server,
}, testInfo) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto(server.url);
  await createWorkbookViaUi(page, 'Versioned plan');
  await page.getByRole('link', { name: 'Versions', exact: true }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'Versions and sign-off' })).toBeVisible();
  await expect(page.getByTestId('plan-state')).toHaveText('No version published yet: the plan is a draft.');

  // Approvers: add, edit.
  const approvers = page.getByRole('region', { name: 'Approvers' });
  await approvers.getByRole('button', { name: 'Add approver' }).click();
  await expect(approvers.getByText('Enter a name.')).toBeVisible();
  await approvers.getByLabel('Name').fill('Park Seo-jun');
  await approvers.getByLabel('Role').fill('CTO');
  await approvers.getByRole('button', { name: 'Add approver' }).click();
  await expect(page.getByTestId('approvers')).toHaveText(/Park Seo-jun · CTO/);
  await approvers.getByRole('button', { name: 'Edit Park Seo-jun' }).click();
  await page.getByTestId('approvers').getByLabel('Role').fill('CIO');
  await page.getByTestId('approvers').getByRole('button', { name: 'Save' }).click();
  await expect(page.getByTestId('approvers')).toHaveText(/Park Seo-jun · CIO/);

  // Publish: the summary is required, then 1.0 goes in; 1.0 again is refused beside the field.
  const publish = page.getByRole('form', { name: 'Publish a version' });
  await expect(publish.getByLabel('Version number (major.minor)')).toHaveValue('1.0');
  await publish.getByRole('button', { name: 'Publish version' }).click();
  await expect(publish.getByText('Say in a few words what changed.')).toBeVisible();
  await publish.getByLabel('Change summary').fill('First plan');
  await publish.getByRole('button', { name: 'Publish version' }).click();
  await expect(page.getByTestId('plan-state')).toHaveText('Version 1.0: Draft');
  await expect(
    page.getByRole('form', { name: 'Publish a version' }).getByLabel('Version number (major.minor)'),
  ).toHaveValue('1.1');
  await page
    .getByRole('form', { name: 'Publish a version' })
    .getByLabel('Version number (major.minor)')
    .fill('1.0');
  await page.getByRole('form', { name: 'Publish a version' }).getByLabel('Change summary').fill('Again');
  await page
    .getByRole('form', { name: 'Publish a version' })
    .getByRole('button', { name: 'Publish version' })
    .click();
  await expect(page.getByText('The number must be higher than the last version.')).toBeVisible();
  await expect(
    page.getByRole('form', { name: 'Publish a version' }).getByLabel('Change summary'),
  ).toHaveValue('Again');

  // Review, sign-off, approval; then the version is locked.
  const row = page.getByTestId('version-1.0');
  await row.getByRole('button', { name: 'Send 1.0 for review' }).click();
  await expect(row.getByRole('button', { name: 'Approve 1.0' })).toBeDisabled();
  const signOff = page.getByRole('form', { name: 'Record a sign-off for 1.0' });
  await signOff.getByLabel('Date signed').fill('2026-05-02');
  await signOff.getByRole('button', { name: 'Record sign-off' }).click();
  await expect(row).toContainText('Park Seo-jun (CIO), 2026-05-02');
  await row.getByRole('button', { name: 'Approve 1.0' }).click();
  await expect(row).toContainText('ApprovedLocked');
  await expect(row.getByRole('button', { name: /review|draft|Approve/ })).toHaveCount(0);
  await expect(page.getByTestId('plan-state')).toHaveText('Version 1.0: Approved');
  await expectAccessible(page, 'versions');

  // An edit after approval: the overview says the workbook is a draft since 1.0.
  await page.getByRole('link', { name: 'Overview', exact: true }).click();
  await expect(page.getByTestId('plan-status')).toContainText('Version 1.0: Approved');
  await expect(page.getByTestId('plan-status')).toContainText('No review recorded yet.');
  await page.getByLabel('Organisation', { exact: true }).fill('Hanbit Logistics');
  await expectSaved(page);
  await expect(page.getByTestId('plan-status')).toContainText('Draft since approved version 1.0');

  // Publish 1.1 and compare the two.
  await page.getByTestId('plan-status').getByRole('link', { name: 'Versions and sign-off' }).click();
  await page
    .getByRole('form', { name: 'Publish a version' })
    .getByLabel('Change summary')
    .fill('Organisation named');
  await page
    .getByRole('form', { name: 'Publish a version' })
    .getByRole('button', { name: 'Publish version' })
    .click();
  await expect(page.getByTestId('plan-state')).toHaveText('Version 1.1: Draft');
  const compare = page.getByRole('region', { name: 'Compare versions' });
  await compare.getByLabel('From').selectOption({ label: '1.0' });
  await compare.getByLabel('To').selectOption({ label: '1.1' });
  await expect(page.getByTestId('compare-result')).toHaveText(
    'Plan detailsOrganisation: none → “Hanbit Logistics”',
  );

  // Open 1.0 read-only: its content, nothing to type into.
  await page.getByRole('link', { name: 'Open 1.0' }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'Version 1.0 (Approved)' })).toBeVisible();
  await expect(page.getByTestId('version-content')).toContainText('Plan detailsTitle“Versioned plan”');
  // The old typed-in status is not the plan's state: the read-only view does not show it.
  await expect(page.getByTestId('version-content')).not.toContainText('Status');
  await expect(page.getByTestId('version-content').locator('input, textarea, select, button')).toHaveCount(0);
  await expectAccessible(page, 'version read-only');
  await page.getByRole('link', { name: 'Back to versions' }).click();

  // The plan PDF of 1.0 comes from its snapshot.
  await page.getByRole('link', { name: 'Plan PDF of 1.0' }).click();
  await expect(page.getByTestId('plan-export-version')).toHaveText(
    'This PDF is of version 1.0 as published on ' +
      (await page.evaluate(() => new Date().toISOString().slice(0, 10))) +
      ', not of the current workbook.',
  );
  const pdfDownload = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Create PDF' }).click();
  expect((await pdfDownload).suggestedFilename()).toMatch(
    /^Versioned-plan-v1\.0-plan-summary-en-\d{4}-\d{2}-\d{2}\.pdf$/,
  );

  // Review cadence: record a review today, then the next one goes to a calendar.
  await page.getByRole('link', { name: 'Versions', exact: true }).click();
  const review = page.getByRole('region', { name: 'Review cadence' });
  await review.getByRole('button', { name: 'Record a review today' }).click();
  const icsDownload = page.waitForEvent('download');
  await review.getByRole('button', { name: 'Next review in my calendar (.ics)' }).click();
  const ics = readFileSync(await (await icsDownload).path(), 'utf8');
  const nextYear = await page.evaluate(() => {
    const d = new Date();
    return `${d.getFullYear() + 1}${String(d.getMonth() + 1).padStart(2, '0')}${String(d.getDate()).padStart(2, '0')}`;
  });
  expect(ics).toContain(`DTSTART;VALUE=DATE:${nextYear}`);
  expect(ics).toContain('SUMMARY:Review the continuity plan “Versioned plan”');
  await review.getByLabel('Note').fill('New CIO');
  await review.getByRole('button', { name: 'Raise a trigger' }).click();
  await expect(page.getByTestId('review-triggers')).toHaveCount(0); // raised today = handled by today's review

  // Restore 1.0 as a new workbook.
  await page.getByRole('button', { name: 'Restore 1.0 as a new workbook' }).click();
  await expect(
    page.getByText('Version 1.0 restored as the workbook “Versioned plan (version 1.0)”.'),
  ).toBeVisible();
  await page.getByRole('link', { name: 'Open it' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Versioned plan (version 1.0)' })).toBeVisible();
  await expect(page.getByLabel('Organisation', { exact: true })).toHaveValue('');

  // 360 px: no sideways scroll, axe-clean.
  await page.goBack();
  await page.setViewportSize({ width: 360, height: 800 });
  await expect(page.getByRole('heading', { level: 2, name: 'Versions and sign-off' })).toBeVisible();
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
  await expectAccessible(page, 'versions at 360 px');
  await page.screenshot({ path: testInfo.outputPath('versions-360.png'), fullPage: true });
});

// The open-overview figure in `npm run bench` was ~1 s because React held back two suspended reveals
// (the shell, then the step, ~300 ms each). Once the list is up the browser fetches both when idle,
// so opening a workbook from the list shows its overview without a "…" fallback.
test('opening a workbook from the list does not suspend: its code is fetched while the list is idle', async ({
  page,
  server,
}) => {
  await page.goto(server.url);
  await createWorkbookViaUi(page, 'Quick to open');
  // A fresh document at the list: nothing of the workbook's code is loaded yet.
  await page.goto(server.url);
  await expect(page.locator('.workbook-card')).toHaveCount(1);
  await expect
    .poll(() =>
      page.evaluate(() =>
        performance.getEntriesByType('resource').some((e) => /\/overview-page-[^/]*\.js$/.test(e.name)),
      ),
    )
    .toBe(true);
  await expect
    .poll(() =>
      page.evaluate(() =>
        performance.getEntriesByType('resource').some((e) => /\/workbook-shell-[^/]*\.js$/.test(e.name)),
      ),
    )
    .toBe(true);
  await page.evaluate(() => {
    const w = window as unknown as { fallbackSeen: boolean };
    w.fallbackSeen = false;
    new MutationObserver(() => {
      for (const p of document.querySelectorAll('p.loading')) {
        if (p.textContent === '…') w.fallbackSeen = true;
      }
    }).observe(document.body, { subtree: true, childList: true, characterData: true });
  });
  await page.getByRole('link', { name: 'Quick to open' }).click();
  await expect(page.getByTestId('plan-status')).toContainText('No version published yet');
  expect(await page.evaluate(() => (window as unknown as { fallbackSeen: boolean }).fallbackSeen)).toBe(
    false,
  );
});

test("the details form shows the plan's state read only, from versions, with no Status to type", async ({
  page,
  server,
}) => {
  await page.goto(server.url);
  await createWorkbookViaUi(page, 'State from versions');
  const details = page.getByRole('region', { name: 'Workbook details' });
  await expect(details.getByRole('combobox', { name: 'Status' })).toHaveCount(0);
  const state = details.getByRole('group', { name: 'Plan status' });
  await expect(state.getByTestId('details-plan-state')).toHaveText(
    'No version published yet: the plan is a draft. Versions and sign-off',
  );
  await state.getByRole('link', { name: 'Versions and sign-off' }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'Versions and sign-off' })).toBeVisible();
  const publish = page.getByRole('form', { name: 'Publish a version' });
  await publish.getByLabel('Change summary').fill('First plan');
  await publish.getByRole('button', { name: 'Publish version' }).click();
  await expect(page.getByTestId('plan-state')).toHaveText('Version 1.0: Draft');
  await page.getByRole('link', { name: 'Overview', exact: true }).click();
  await expect(
    page.getByRole('region', { name: 'Workbook details' }).getByTestId('details-plan-state'),
  ).toHaveText('Version 1.0: Draft Versions and sign-off');
  await expectAccessible(page, 'details with plan state');
});

test('distribution entries are edited in place; removing a recipient or an approver offers Undo', async ({
  page,
  server,
}) => {
  await page.goto(server.url);
  await createWorkbookViaUi(page, 'Distributed plan');
  await page.getByRole('link', { name: 'Versions', exact: true }).click();
  const distribution = page.getByRole('region', { name: 'Distribution list' });
  await distribution.getByLabel('Name').fill('Kim Min-ji');
  await distribution.getByLabel('Role or organisation').fill('Finance');
  await distribution.getByRole('button', { name: 'Add recipient' }).click();
  await expect(page.getByTestId('distribution')).toHaveText(/^1\. Kim Min-ji · Finance/);

  // Edit: the entry's own form, with the copy number checked beside its field.
  await distribution.getByRole('button', { name: 'Edit Kim Min-ji' }).click();
  const entry = page.getByTestId('distribution');
  await entry.getByLabel('Role or organisation').fill('Finance and HR');
  await entry.getByLabel('Copy number').fill('0');
  await entry.getByRole('button', { name: 'Save' }).click();
  await expect(entry.getByText('Enter a copy number from 1 to 9999.')).toBeVisible();
  await entry.getByLabel('Copy number').fill('3');
  await entry.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByTestId('distribution')).toHaveText(/^3\. Kim Min-ji · Finance and HR/);

  // Remove, then Undo: the entry is back as it was.
  await distribution.getByRole('button', { name: 'Remove Kim Min-ji' }).click();
  await expect(distribution.getByText('No recipient yet.')).toBeVisible();
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(page.getByTestId('distribution')).toHaveText(/^3\. Kim Min-ji · Finance and HR/);

  const approvers = page.getByRole('region', { name: 'Approvers' });
  await approvers.getByLabel('Name').fill('Park Seo-jun');
  await approvers.getByRole('button', { name: 'Add approver' }).click();
  await expect(page.getByTestId('approvers')).toHaveText(/Park Seo-jun/);
  await approvers.getByRole('button', { name: 'Remove Park Seo-jun' }).click();
  await expect(approvers.getByText('No approver yet.')).toBeVisible();
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(page.getByTestId('approvers')).toHaveText(/Park Seo-jun/);
  await expectAccessible(page, 'distribution and approvers');
});
