// The provider's own incident records, imported through the UI from a file an administrator saved
// from Microsoft Graph: refused files say why and write nothing, a preview comes before the write,
// re-importing updates rather than duplicates, posts show as text (a hostile post stays inert),
// and the review document is attached and downloaded back. English and Korean, axe, 360 px.
import type { Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { createWorkbookViaUi, expect, expectAccessible, expectSaved, test } from './fixtures';

// Provider times are stored as wall-clock time on the device: fix the device's zone.
test.use({ timezoneId: 'UTC' });

const graph = (name: string) => `test/fixtures/graph/${name}`;
const issueTitle =
  'Limited number of users unable to send or receive email through the Exchange Online service';

async function importFile(page: Page, file: string | { name: string; mimeType: string; buffer: Buffer }) {
  await page
    .getByRole('button', {
      name: /Import the provider’s service health file|공급자 서비스 상태 파일 가져오기/,
    })
    .click();
  await page.getByRole('dialog').getByTestId('provider-file').setInputFiles(file);
}

test('import the provider’s issues, re-import without duplicates, posts as text', async ({
  page,
  server,
}) => {
  await page.goto(server.url);
  await createWorkbookViaUi(page, 'Provider plan');
  await page.getByRole('link', { name: 'Incidents' }).click();
  await expect(page.getByText('No incidents recorded yet.')).toBeVisible();

  // An overview without its issues: refused with the specific reason, nothing written.
  await importFile(page, graph('get-servicehealth.response.json'));
  const dialog = page.getByRole('dialog');
  await expect(dialog.getByTestId('provider-refused')).toHaveText(
    'This file was not imported. Nothing was changed.' +
      'This service health overview lists only each service’s current status, not its issues. Save it again with $expand=issues, or save the issues list (/admin/serviceAnnouncement/issues).',
  );
  await expectAccessible(page, 'refused provider file');
  // Not service health at all.
  await dialog.getByTestId('provider-file').setInputFiles({
    name: 'people.json',
    mimeType: 'application/json',
    buffer: Buffer.from('{"value":[{"displayName":"Alice"}]}'),
  });
  await expect(dialog.getByTestId('provider-refused')).toContainText(
    'The file looks like service health data, but “value[0]” is missing or not valid.',
  );

  await dialog.getByTestId('provider-file').setInputFiles(graph('list-issues.response.json'));
  await expect(dialog.getByTestId('provider-preview')).toHaveText(
    'The file holds 1 issue(s) and 0 message center post(s).' +
      'New incidents: 1Updated (already imported; your review is kept): 0Of these, notices: 0',
  );
  await expect(dialog.getByText('The file is one page of a longer list')).toBeVisible();
  await expectAccessible(page, 'provider import preview');
  await dialog.getByRole('button', { name: 'Import', exact: true }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByText('Imported: 1 new, 0 updated.')).toBeVisible();
  const row = page.getByRole('row', { name: new RegExp(issueTitle) });
  await expect(row).toContainText('From the provider EX226792 · Service restored');
  await expect(row).toContainText('Exchange Online');
  await expectAccessible(page, 'incident log with an imported incident');

  // The planner's review on the imported incident.
  await row.getByRole('link').click();
  const details = page.getByTestId('provider-details');
  await expect(details.getByRole('heading', { level: 2 })).toHaveText(
    'The provider’s record: Service health issue',
  );
  await expect(details.locator('dd').first()).toHaveText('EX226792');
  await expect(details.getByTestId('provider-posts').locator('p')).toHaveText([
    'Title: Limited number of users unable to send or receive email through the Exchange Online service\n\nUser Impact: Users may be unable to send or receive email through the Exchange Online service.',
  ]);
  await page.getByLabel('Root cause').fill('Provider configuration change; our mail relay had no fallback.');
  await expectSaved(page);

  // The provider's review document: attached, shown, downloaded back byte for byte.
  const pdf = Buffer.from('%PDF-1.4 provider review\n');
  await page
    .getByTestId('provider-report-file')
    .setInputFiles({ name: 'PIR EX226792.pdf', mimeType: 'application/pdf', buffer: pdf });
  await expect(details.getByText('PIR EX226792.pdf (1 KB)')).toBeVisible();
  const download = page.waitForEvent('download');
  await details.getByRole('button', { name: 'Download PIR EX226792.pdf' }).click();
  const file = await (await download).path();
  expect(readFileSync(file)).toEqual(pdf);
  await expectAccessible(page, 'imported incident with its provider record');

  // Re-import: one update, the review and the document kept.
  await page.getByRole('link', { name: 'Back to the incident log' }).click();
  await importFile(page, graph('list-issues.response.json'));
  await expect(dialog.getByTestId('provider-preview')).toContainText(
    'New incidents: 0Updated (already imported; your review is kept): 1',
  );
  await dialog.getByRole('button', { name: 'Import', exact: true }).click();
  await expect(page.getByText('Imported: 0 new, 1 updated.')).toBeVisible();
  await expect(page.getByRole('row', { name: new RegExp(issueTitle) })).toHaveCount(1);
  await page
    .getByRole('row', { name: new RegExp(issueTitle) })
    .getByRole('link')
    .click();
  await expect(page.getByLabel('Root cause')).toHaveValue(
    'Provider configuration change; our mail relay had no fallback.',
  );
  await expect(page.getByText('PIR EX226792.pdf (1 KB)')).toBeVisible();

  // A hostile post: shown as text, never run, no element made from it.
  await page.getByRole('link', { name: 'Back to the incident log' }).click();
  const hostile = JSON.parse(readFileSync(graph('get-issue.response.json'), 'utf8'));
  hostile.posts[0].description.content =
    '<script>window.pwned=1</script><img src=x onerror="window.pwned=2">Mail &gt; delayed <b>for</b> &lt;img src=x onerror=alert(1)&gt;';
  await importFile(page, {
    name: 'issue.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify(hostile)),
  });
  await dialog.getByRole('button', { name: 'Import', exact: true }).click();
  await page
    .getByRole('row', { name: /Intermittently unable to access/ })
    .getByRole('link')
    .click();
  const posts = page.getByTestId('provider-posts');
  await expect(posts.locator('p')).toHaveText(['Mail > delayed for <img src=x onerror=alert(1)>']);
  await expect(posts.locator('img, script, b')).toHaveCount(0);
  expect(await page.evaluate(() => (window as unknown as { pwned?: number }).pwned)).toBeUndefined();

  // Message center posts are listed as notices, apart from incidents.
  await page.getByRole('link', { name: 'Back to the incident log' }).click();
  await importFile(page, graph('list-messages.response.json'));
  await expect(dialog.getByTestId('provider-preview')).toContainText(
    'The file holds 0 issue(s) and 1 message center post(s).',
  );
  await dialog.getByRole('button', { name: 'Import', exact: true }).click();
  await expect(page.getByTestId('provider-notices').getByRole('row')).toHaveCount(2);
  await expect(page.getByTestId('provider-notices')).toContainText(
    'MC172851Stay informedSharePoint Online, OneDrive for Business',
  );
  await expectAccessible(page, 'incident log with notices');
});

test('Korean provider import at phone width', async ({ page, server }) => {
  await page.setViewportSize({ width: 360, height: 740 });
  await page.goto(server.url);
  await page.getByLabel('Language').selectOption('ko');
  await createWorkbookViaUi(page, '공급자 계획');
  await page.getByRole('link', { name: '인시던트' }).click();
  await importFile(page, graph('list-healthoverviews-expand-issues.response.json'));
  const dialog = page.getByRole('dialog');
  await expect(dialog.getByTestId('provider-preview')).toContainText(
    '파일에 문제 1건, 메시지 센터 게시물 0건이 있습니다.',
  );
  await expectAccessible(page, 'Korean import preview at 360 px');
  await dialog.getByRole('button', { name: '가져오기', exact: true }).click();
  const row = page.getByRole('row', { name: /Admins are unable to migrate/ });
  await expect(row).toContainText('공급자 기록 EX226574 · 서비스 복구됨');
  await row.getByRole('link').click();
  await expect(page.getByTestId('provider-details').getByRole('heading', { level: 2 })).toHaveText(
    '공급자의 기록: 서비스 상태 문제',
  );
  await expectAccessible(page, 'Korean imported incident at 360 px');
  // Nothing wider than the phone: the page does not scroll sideways.
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
});
