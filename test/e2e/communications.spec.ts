import { readFileSync } from 'node:fs';
import { createWorkbookViaUi, expect, expectAccessible, expectSaved, test } from './fixtures';

test('provider channels, an internal channel, readiness flags, contacts and the call tree', async ({
  page,
  server,
}) => {
  await page.goto(server.url);
  await createWorkbookViaUi(page, 'Comms plan');
  await page.getByRole('link', { name: 'Communications' }).click();
  await expect(page.getByRole('heading', { name: 'Provider status channels' })).toBeVisible();
  const readiness = page.getByTestId('comms-readiness');
  await expect(readiness.getByText(/Nobody is watching the service health dashboard/)).toBeVisible();
  await expect(readiness.getByText(/No fallback channel/)).toBeVisible();
  await expect(page.getByText(/normally updates its service health dashboard every hour/)).toBeVisible();
  await expectAccessible(page, 'channels');

  const dashboard = page.getByRole('article', { name: 'Service health dashboard' });
  await dashboard.getByLabel('We use this channel').check();
  await dashboard.getByLabel('Who watches it').fill('Service desk');
  await dashboard.getByLabel('How they are alerted').fill('Email rule to the on-call phone');
  const backupSite = page.getByRole('article', { name: 'Backup status site' });
  await backupSite.getByLabel('We use this channel').check();
  await backupSite.getByLabel(/^Fallback order/).fill('0');
  await expect(backupSite.getByText('Enter a whole number from 1 to 99.')).toBeVisible();
  await backupSite.getByLabel(/^Fallback order/).fill('1');
  await expectSaved(page);
  await expect(readiness.getByText(/Nobody is watching/)).toHaveCount(0);
  await expect(readiness.getByText(/No fallback channel/)).toHaveCount(0);
  await expect(page.getByTestId('fallback-order')).toContainText('Backup status site');

  // An internal chat channel that runs on the provider's cloud.
  await page.getByRole('button', { name: 'Add internal channel' }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByLabel('Kind').selectOption('chat');
  await dialog.getByLabel(/^Name/).fill('Team chat');
  await dialog.getByLabel(/Still works when/).selectOption('no');
  await dialog.getByRole('button', { name: 'Add internal channel' }).click();
  await expect(page.getByRole('article', { name: 'Team chat' })).toBeVisible();
  await expect(readiness.getByText(/Every internal channel depends on the provider/)).toBeVisible();
  await page
    .getByRole('article', { name: 'Team chat' })
    .getByLabel(/Still works when/)
    .selectOption('yes');
  await expect(readiness.getByText('No gaps found in the communication plan.')).toBeVisible();

  // Contacts: validation beside the field, then the call tree.
  await page.getByRole('link', { name: 'Contacts and call tree' }).click();
  await page.getByRole('button', { name: 'Add contact' }).click();
  const add = page.getByRole('dialog');
  await add.getByLabel(/^Name/).fill('Kim Min-ji');
  await add.getByLabel('Role').fill('Continuity lead');
  await add.getByLabel('Email').fill('minji@');
  await add.getByLabel('Mobile phone').fill('call me');
  await add.getByRole('button', { name: 'Add contact' }).click();
  await expect(add.getByText('Enter an email address such as name@example.com.')).toBeVisible();
  await expect(add.getByText('Enter a phone number using digits, spaces, +, -, ( ) only.')).toBeVisible();
  await add.getByLabel('Email').fill('minji@contoso.com');
  await add.getByLabel('Mobile phone').fill('+82 10-1234-5678');
  await add.getByRole('button', { name: 'Add contact' }).click();
  await expect(page.getByRole('article', { name: 'Kim Min-ji' })).toBeVisible();
  await expect(page.getByRole('article', { name: 'Kim Min-ji' }).getByText('Never verified')).toBeVisible();

  await page.getByRole('button', { name: 'Add contact' }).click();
  await add.getByLabel(/^Name/).fill('Contoso support');
  await add.getByLabel('Kind').selectOption('vendor');
  await add.getByLabel('Support hours').fill('24/7');
  await add.getByLabel('Called by (call tree)').selectOption({ label: 'Kim Min-ji' });
  await add.getByLabel('Last verified').fill('2020-01-01');
  await add.getByRole('button', { name: 'Add contact' }).click();
  const vendor = page.getByRole('article', { name: 'Contoso support' });
  await expect(vendor.getByText('Not verified in 6 months')).toBeVisible();
  await expect(page.getByTestId('call-tree').locator('li li')).toContainText('Contoso support');
  await vendor.getByRole('button', { name: 'Mark verified today' }).click();
  await expect(vendor.getByText('Not verified in 6 months')).toHaveCount(0);

  // Editing an existing contact autosaves, and still explains bad input beside the field.
  const lead = page.getByRole('article', { name: 'Kim Min-ji' });
  await lead.getByText('Details').click();
  await lead.getByLabel('Office phone').fill('12');
  await expect(lead.getByText('Enter a phone number using digits, spaces, +, -, ( ) only.')).toBeVisible();
  await lead.getByLabel('Office phone').fill('(02) 555 0100');
  await expectSaved(page);
  await expectAccessible(page, 'contacts');

  await page.reload();
  await expect(page.getByRole('article', { name: 'Contoso support' })).toBeVisible();
  const downloadPromise = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export contacts (CSV)' }).click();
  const csv = readFileSync(await (await downloadPromise).path(), 'utf8');
  expect(csv.charCodeAt(0)).toBe(0xfeff);
  expect(csv).toContain('Kim Min-ji,Continuity lead');
  expect(csv).toContain('(02) 555 0100');
});

test('Korean communications at phone width', async ({ page, server }) => {
  await page.setViewportSize({ width: 360, height: 740 });
  await page.goto(server.url);
  await page.getByLabel('Language').selectOption('ko');
  await createWorkbookViaUi(page, '커뮤니케이션 계획');
  await page.getByRole('link', { name: '커뮤니케이션' }).click();
  await expect(page.getByRole('heading', { name: '공급자 상태 채널' })).toBeVisible();
  await expect(page.getByText(/서비스 상태 대시보드를 지켜보는 사람이 없습니다/)).toBeVisible();
  await page.getByRole('button', { name: '내부 채널 추가' }).click();
  await page.getByRole('dialog').getByLabel(/^이름/).fill('문자 비상 공지');
  await page.getByRole('dialog').getByLabel('종류').selectOption('sms');
  await page.getByRole('dialog').getByRole('button', { name: '내부 채널 추가' }).click();
  await expect(page.getByRole('article', { name: '문자 비상 공지' })).toBeVisible();
  await page.getByRole('link', { name: '연락처와 비상 연락망' }).click();
  await page.getByRole('button', { name: '연락처 추가' }).click();
  await page.getByRole('dialog').getByLabel(/^이름/).fill('김민지');
  await page.getByRole('dialog').getByLabel('이메일').fill('잘못된 주소');
  await page.getByRole('dialog').getByRole('button', { name: '연락처 추가' }).click();
  await expect(page.getByText('name@example.com 같은 이메일 주소를 입력하세요.')).toBeVisible();
  await page.getByRole('dialog').getByLabel('이메일').fill('minji@contoso.kr');
  await page.getByRole('dialog').getByRole('button', { name: '연락처 추가' }).click();
  await expect(page.getByTestId('call-tree')).toContainText('김민지');
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow).toBeLessThanOrEqual(0);
  await expectAccessible(page, 'Korean contacts');
});
