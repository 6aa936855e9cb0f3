// The one action list end to end: a scenario's actions (one overdue) appear in the Actions step,
// reached from the overview's figures; filter by due state, the .ics download of due dates,
// a bulk status change; axe-clean at 1280 and 360 px.
import { readFileSync } from 'node:fs';
import { createWorkbookViaUi, expect, expectAccessible, expectSaved, test } from './fixtures';

test.describe.configure({ timeout: 120_000 });

test('actions list: overdue highlighted, filter, .ics, bulk status', async ({ page, server }, testInfo) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto(server.url);
  await createWorkbookViaUi(page, 'Action plan');
  await page.getByRole('link', { name: 'Scenarios', exact: true }).click();
  await page.getByRole('link', { name: 'New scenario' }).click();
  await page
    .getByLabel('Start from a template')
    .selectOption({ label: 'Snowstorm while staff must be on the corporate network' });
  await page.getByRole('button', { name: 'Save scenario' }).click();
  await expect(page.getByRole('heading', { name: 'Edit scenario' })).toBeVisible();
  await page.getByRole('listitem', { name: 'Action 1' }).getByLabel('Due date').fill('2020-01-01');
  await expectSaved(page);

  // The overview's overdue figure opens the list filtered to overdue; its open figure, the whole list.
  await page.getByRole('link', { name: 'Overview', exact: true }).click();
  await page.getByRole('link', { name: '1 Overdue actions' }).click();
  await expect(page.getByLabel('Due', { exact: true })).toHaveValue('overdue');
  await expect(page.getByRole('status').filter({ hasText: 'actions shown' })).toHaveText(
    '1 of 2 actions shown.',
  );
  await page.getByRole('link', { name: 'Overview', exact: true }).click();
  await page.getByRole('link', { name: '2 Open actions' }).click();
  await expect(page.getByLabel('Due', { exact: true })).toHaveValue('');
  await page.getByRole('link', { name: 'Overview', exact: true }).click();
  await page
    .getByTestId('readiness-actions')
    .locator('..')
    .getByRole('link', { name: 'Actions', exact: true })
    .click();
  await expect(page.getByRole('heading', { level: 2, name: 'Actions' })).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: 'actions shown' })).toHaveText(
    '2 of 2 actions shown.',
  );
  const overdueRow = page.getByRole('row', { name: /Test the VPN with every member of staff connected/ });
  await expect(overdueRow).toContainText('2020-01-01Overdue');
  await expect(overdueRow).toHaveAttribute('data-overdue', 'true');

  await page.getByLabel('Due', { exact: true }).selectOption({ label: 'Overdue' });
  await expect(page.getByRole('status').filter({ hasText: 'actions shown' })).toHaveText(
    '1 of 2 actions shown.',
  );
  await expectAccessible(page, 'actions list');

  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Download calendar (.ics)' }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(/^actions-\d{4}-\d{2}-\d{2}\.ics$/);
  const ics = readFileSync(await download.path(), 'utf8');
  expect(ics.split('\r\n').filter((l) => /^(BEGIN|END|DTSTART|SUMMARY)/.test(l))).toEqual([
    'BEGIN:VCALENDAR',
    'BEGIN:VEVENT',
    'DTSTART;VALUE=DATE:20200101',
    'SUMMARY:Test the VPN with every member of staff connected.',
    'END:VEVENT',
    'END:VCALENDAR',
  ]);

  const csvDownloading = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Download CSV' }).click();
  const csv = readFileSync(await (await csvDownloading).path(), 'utf8');
  expect(csv).toBe(
    '\uFEFFAction,Owner,Due date,Status,Source,Belongs to\r\n' +
      'Test the VPN with every member of staff connected.,,2020-01-01,Open,Scenario,Snowstorm while staff must be on the corporate network',
  );

  await page.getByRole('button', { name: 'Change status' }).click();
  await expect(page.getByText('Select at least one action first.')).toBeVisible();
  await page
    .getByRole('checkbox', { name: 'Select Test the VPN with every member of staff connected.' })
    .check();
  await page.getByLabel('New status for the selected actions').selectOption({ label: 'Done' });
  await page.getByRole('button', { name: 'Change status' }).click();
  await expect(page.getByText('Status changed for 1 actions.')).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: 'actions shown' })).toHaveText(
    '0 of 2 actions shown.',
  );
  await page.getByLabel('Due', { exact: true }).selectOption({ label: 'Any' });
  await page.getByLabel('Status', { exact: true }).selectOption({ label: 'Done' });
  await expect(page.getByRole('status').filter({ hasText: 'actions shown' })).toHaveText(
    '1 of 2 actions shown.',
  );

  await page.setViewportSize({ width: 360, height: 800 });
  await expect(page.getByRole('button', { name: 'Download CSV' })).toBeVisible();
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
  await expectAccessible(page, 'actions list at 360 px');
  await page.screenshot({ path: testInfo.outputPath('actions-360.png'), fullPage: true });
});

// The activation and response step, filled section by section from the keyboard: criteria with a
// threshold that is not a number, the seven default roles with their flags, the provider-only
// warning, an escalation loop refused beside the field, a deleted contact named beside the role,
// a procedure copied from a template and reordered with the keyboard; reload keeps everything;
// axe-clean at 1280 and at 360 px with no sideways scroll.
test('activation and response: criteria, roles, escalation, procedures', async ({
  page,
  server,
}, testInfo) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto(server.url);
  await createWorkbookViaUi(page, 'Ready to act');
  const today = await page.evaluate(() => {
    const d = new Date();
    return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
  });

  // Contacts, with availability hours and time zone (the contact form's new fields).
  await page.getByRole('link', { name: 'Communications', exact: true }).click();
  await page.getByRole('link', { name: 'Contacts and call tree' }).click();
  const add = page.getByRole('dialog');
  for (const [name, verified, hours, zone] of [
    ['Kim Min-ji', today, 'Mon–Fri 08:00–18:00', 'Asia/Seoul'],
    ['Lee Joon', today, '', ''],
    ['Park Ji-ho', '2020-01-01', '', ''],
  ] as const) {
    await page.getByRole('button', { name: 'Add contact' }).click();
    await add.getByLabel(/^Name/).fill(name);
    await add.getByLabel('Last verified').fill(verified);
    if (hours) await add.getByLabel('Availability hours').fill(hours);
    if (zone) await add.getByLabel('Time zone').fill(zone);
    await add.getByLabel('Time zone').press('Enter');
    await expect(page.getByRole('article', { name })).toBeVisible();
  }

  // A process to recover.
  await page.getByRole('link', { name: 'Impact analysis', exact: true }).click();
  await page.getByLabel('New process name').fill('Payroll');
  await page.getByLabel('New process name').press('Enter');
  await expect(page.getByRole('link', { name: /Payroll/ })).toBeVisible();

  await page.getByRole('link', { name: 'Activation & response', exact: true }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'Activation and response' })).toBeVisible();

  // Activation criteria: an example, then a threshold that is not a number.
  const criteria = page.getByRole('region', { name: 'Activation criteria' });
  await criteria
    .getByLabel('Start from')
    .selectOption({ label: 'A provider incident affects more than the threshold share of users' });
  await criteria.getByRole('button', { name: 'Add criterion' }).press('Enter');
  const criterion = criteria.getByRole('listitem', { name: 'Criterion 1' });
  await expect(criterion.getByLabel('Threshold')).toHaveValue('25');
  await expect(criterion.getByLabel('Unit')).toHaveValue('percentUsers');
  await criterion.getByLabel('Threshold').fill('a third');
  await expect(criterion.getByText('Enter a number.')).toBeVisible();
  await expect(criterion.getByLabel('Threshold')).toHaveValue('a third');
  await criterion.getByLabel('Threshold').fill('30');
  await expect(criterion.getByText('Enter a number.')).toHaveCount(0);
  await expectSaved(page);

  // The seven default roles; flags beside the contacts.
  const roles = page.getByRole('region', { name: 'Response roles' });
  await roles.getByRole('button', { name: 'Add the default roles (7)' }).press('Enter');
  await expect(roles.getByRole('listitem').and(page.locator('.response-card'))).toHaveCount(7);
  const lead = roles.getByRole('listitem', { name: 'Incident lead' });
  await expect(lead.getByLabel('Responsibilities')).toHaveValue(
    'Declares the incident, chairs the bridge line, decides priorities and stands the team down.',
  );
  await expect(lead.getByText('No contact holds this role.')).toBeVisible();
  await lead.getByLabel('Primary').selectOption({ label: 'Kim Min-ji' });
  await expect(lead.getByText('No contact holds this role.')).toHaveCount(0);
  await expect(lead.getByText('No alternate for this role.')).toBeVisible();
  await lead.getByRole('checkbox', { name: 'Lee Joon' }).check();
  await expect(lead.getByText('No alternate for this role.')).toHaveCount(0);

  const comms = roles.getByRole('listitem', { name: 'Communications' });
  await comms.getByLabel('Primary').selectOption({ label: 'Park Ji-ho' });
  await expect(
    comms.getByText('Every contact for this role is unverified for 6 months or more.'),
  ).toBeVisible();

  // Who may declare: only the provider's chat → warning beside the list; a bridge line clears it.
  const declare = page.getByRole('region', { name: 'Who may declare' });
  await expect(declare.getByText('No role may declare an incident yet.')).toBeVisible();
  await lead.getByRole('checkbox', { name: 'May declare an incident' }).check();
  await lead.getByRole('button', { name: 'Add a way to reach Incident lead' }).press('Enter');
  await lead.getByRole('textbox', { name: 'Way 1' }).fill('Teams chat');
  await lead.getByRole('checkbox', { name: 'Runs on the provider’s mail or chat' }).check();
  const providerOnly =
    'Every way to reach the people who may declare runs on the provider’s mail or chat. Add a bridge line or phone tree that works when the service is down.';
  await expect(declare.getByText(providerOnly)).toBeVisible();
  await expect(lead.getByText(providerOnly)).toBeVisible();
  await lead.getByRole('button', { name: 'Add a way to reach Incident lead' }).press('Enter');
  await expect(lead.getByText('This field is required.')).toBeVisible();
  await lead.getByRole('textbox', { name: 'Way 2' }).fill('Bridge line +82 2 555 0100');
  await expect(declare.getByText(providerOnly)).toHaveCount(0);
  await expect(declare.getByRole('listitem')).toHaveText([
    'Incident lead: Kim Min-ji (alternates: Lee Joon)Reached by: Teams chat (needs the provider’s mail or chat), Bridge line +82 2 555 0100',
  ]);
  await expectSaved(page);

  // Escalation: minutes that are not a number, then a loop, each beside its field.
  const escalation = page.getByRole('region', { name: 'Escalation' });
  await escalation.getByLabel('Escalate Incident lead to').selectOption({ label: 'Communications' });
  await escalation.getByLabel('Minutes before escalating Incident lead').fill('soon');
  await expect(escalation.getByText('Enter a number.')).toBeVisible();
  await escalation.getByLabel('Minutes before escalating Incident lead').fill('15');
  await expect(escalation.getByText('Enter a number.')).toHaveCount(0);
  await expect(escalation.getByText('Escalation levels from Incident lead')).toBeVisible();
  await expect(escalation.locator('.response-levels li')).toHaveText([
    'Incident lead',
    'Communications (after 15 min)',
  ]);
  await escalation.getByLabel('Escalate Communications to').selectOption({ label: 'Incident lead' });
  await expect(
    escalation.getByText('This escalation would lead back to this role. Choose another role.'),
  ).toBeVisible();
  await expect(escalation.getByRole('row', { name: /Kim Min-ji/ })).toHaveText(
    'Kim Min-jiMon–Fri 08:00–18:00Asia/Seoul',
  );
  await expectSaved(page);

  // A procedure for the process, copied from a template, one step added without a role.
  const procedures = page.getByRole('region', { name: 'Recovery procedures' });
  await procedures.getByLabel(/^Procedure title/).fill('Payroll recovery');
  await procedures.getByRole('button', { name: 'Add procedure' }).press('Enter');
  await expect(procedures.getByText('Choose what this procedure recovers.')).toBeVisible();
  await expect(procedures.getByLabel(/^Procedure title/)).toHaveValue('Payroll recovery');
  await procedures.getByLabel(/^Process/).selectOption({ label: 'Payroll' });
  await procedures.getByRole('button', { name: 'Add procedure' }).press('Enter');
  const runbook = procedures.getByRole('article', { name: 'Payroll recovery' });
  await runbook.getByLabel('Owner').selectOption({ label: 'Lee Joon' });
  await runbook.getByLabel('Template').selectOption({ label: 'Provider outage' });
  await runbook.getByRole('button', { name: 'Copy the template’s steps' }).press('Enter');
  const actions = runbook.locator('.response-step').getByLabel(/^Does what/);
  await expect(actions).toHaveCount(8);
  await expect(runbook.getByRole('listitem', { name: 'Step 2' }).getByLabel('Who (role)')).toHaveValue(/.+/);
  await runbook.getByRole('button', { name: 'Add a step' }).press('Enter');
  const added = runbook.getByRole('listitem', { name: 'Step 9' });
  await expect(added.getByText('Choose the role that carries out this step.')).toBeVisible();
  await added.getByLabel(/^Does what/).fill('Call the payroll bureau');
  await added.getByLabel('When (minutes after declaring)').fill('90');
  await expectSaved(page);

  // Reorder with the keyboard: the button, then Alt+ArrowUp; focus follows the step.
  await added.getByRole('button', { name: 'Move step 9 up' }).press('Enter');
  await expect(actions.nth(7)).toHaveValue('Call the payroll bureau');
  await expect(runbook.getByRole('button', { name: 'Move step 8 up' })).toBeFocused();
  await runbook
    .getByRole('listitem', { name: 'Step 8' })
    .getByLabel(/^Does what/)
    .press('Alt+ArrowUp');
  await expect(actions.nth(6)).toHaveValue('Call the payroll bureau');
  await expect(runbook.getByRole('listitem', { name: 'Step 7' }).getByLabel(/^Does what/)).toBeFocused();
  await expectSaved(page);

  // The procedures CSV.
  const csvDownloading = page.waitForEvent('download');
  await procedures.getByRole('button', { name: 'Download procedures (CSV)' }).click();
  const csv = readFileSync(await (await csvDownloading).path(), 'utf8').split('\r\n');
  expect(csv[0]).toBe(
    '\uFEFFProcedure,Recovers,For,Owner,Step,Phase,When (minutes after declaring),Who (role),Does what,Where,How',
  );
  expect(csv[7]).toBe('Payroll recovery,A process,Payroll,Lee Joon,7,Recovery,90,,Call the payroll bureau,,');
  expect(csv).toHaveLength(10);

  // A role whose only contact was deleted says so beside the field.
  await page.getByRole('link', { name: 'Communications', exact: true }).click();
  await page.getByRole('link', { name: 'Contacts and call tree' }).click();
  const park = page.getByRole('article', { name: 'Park Ji-ho' });
  await park.getByText('Details').click();
  await park.getByRole('button', { name: 'Delete contact' }).click();
  await expect(park).toHaveCount(0);

  await page.reload();
  await page.getByRole('link', { name: 'Activation & response', exact: true }).click();
  await expect(comms.getByText('The contact Park Ji-ho was deleted. Choose someone else.')).toBeVisible();
  await expect(comms.getByText('No contact holds this role.')).toBeVisible();
  // Reload kept everything.
  await expect(criterion.getByLabel('Threshold')).toHaveValue('30');
  await expect(lead.getByLabel('Primary')).toHaveValue(/.+/);
  await expect(lead.getByRole('checkbox', { name: 'Lee Joon' })).toBeChecked();
  await expect(lead.getByRole('textbox', { name: 'Way 2' })).toHaveValue('Bridge line +82 2 555 0100');
  await expect(escalation.getByLabel('Minutes before escalating Incident lead')).toHaveValue('15');
  await expect(escalation.getByLabel('Escalate Communications to')).toHaveValue('');
  await expect(actions).toHaveCount(9);
  await expect(actions.nth(6)).toHaveValue('Call the payroll bureau');
  await expect(runbook.getByLabel('Owner')).toHaveValue(/.+/);
  await expectAccessible(page, 'activation and response');
  await page.screenshot({ path: testInfo.outputPath('response-1280.png'), fullPage: true });

  await page.setViewportSize({ width: 360, height: 800 });
  await expect(procedures.getByRole('button', { name: 'Add procedure' })).toBeVisible();
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
  await expectAccessible(page, 'activation and response at 360 px');
  await page.screenshot({ path: testInfo.outputPath('response-360.png'), fullPage: true });
});

test('scenario owner is picked from the contacts and kept', async ({ page, server }) => {
  await page.goto(server.url);
  await createWorkbookViaUi(page, 'Owners');
  await page.getByRole('link', { name: 'Communications', exact: true }).click();
  await page.getByRole('link', { name: 'Contacts and call tree' }).click();
  await page.getByRole('button', { name: 'Add contact' }).click();
  await page.getByRole('dialog').getByLabel(/^Name/).fill('Choi Seo-yeon');
  await page.getByRole('dialog').getByRole('button', { name: 'Add contact' }).click();
  await expect(page.getByRole('article', { name: 'Choi Seo-yeon' })).toBeVisible();
  await page.getByRole('link', { name: 'Scenarios', exact: true }).click();
  await page.getByRole('link', { name: 'New scenario' }).click();
  await page
    .getByLabel('Start from a template')
    .selectOption({ label: 'Snowstorm while staff must be on the corporate network' });
  await page.getByLabel('Scenario owner').selectOption({ label: 'Choi Seo-yeon' });
  await page.getByRole('button', { name: 'Save scenario' }).click();
  await expect(page.getByRole('heading', { name: 'Edit scenario' })).toBeVisible();
  await page.reload();
  await expect(page.getByLabel('Scenario owner').locator('option:checked')).toHaveText('Choi Seo-yeon');
});

test('activation and response in Korean at phone width', async ({ page, server }, testInfo) => {
  await page.setViewportSize({ width: 360, height: 740 });
  await page.goto(server.url);
  await page.getByLabel('Language').selectOption('ko');
  await createWorkbookViaUi(page, '대응 계획');
  await page.getByRole('link', { name: '발동 및 대응', exact: true }).click();
  await expect(page.getByRole('heading', { level: 2, name: '발동 및 대응' })).toBeVisible();
  const roles = page.getByRole('region', { name: '대응 역할' });
  await roles.getByRole('button', { name: '기본 역할 추가 (7개)' }).click();
  const lead = roles.getByRole('listitem', { name: '사고 책임자' });
  await lead.getByRole('checkbox', { name: '사고 선언 가능' }).check();
  await lead.getByRole('button', { name: '사고 책임자에 연락하는 방법 추가' }).click();
  await lead.getByRole('textbox', { name: '방법 1' }).fill('메일');
  await lead.getByRole('checkbox', { name: '공급자의 메일이나 채팅에 의존' }).check();
  await expect(page.getByRole('region', { name: '선언 권한자' }).getByRole('status')).toHaveText(
    '선언 권한자에게 연락하는 모든 방법이 공급자의 메일이나 채팅에 의존합니다. 서비스가 중단되어도 작동하는 브리지 회선이나 전화 연락망을 추가하세요.',
  );
  await expectSaved(page);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
  await expectAccessible(page, 'activation and response in Korean');
  await page.screenshot({ path: testInfo.outputPath('response-ko-360.png'), fullPage: true });
});
