// Storage faults in a real browser: no IndexedDB, a full disk (Chromium's quota override), a
// database from a newer version, a newer tab taking over, an old tab blocking; persistence,
// the storage panel, restore, and passphrase-protected backups.
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createWorkbookViaUi, expect, expectAccessible, expectSaved, test } from './fixtures';
import type { Page } from '@playwright/test';

const fixturePath = 'test/fixtures/backup-v1.json';

async function downloadText(page: Page, click: () => Promise<void>) {
  const pending = page.waitForEvent('download');
  await click();
  const download = await pending;
  return { name: download.suggestedFilename(), text: readFileSync(await download.path(), 'utf8') };
}

test('without IndexedDB the banner says work is not kept, the app works, and export works', async ({
  page,
  server,
}) => {
  await page.addInitScript(() => {
    Object.defineProperty(window, 'indexedDB', { get: () => undefined, configurable: true });
  });
  await page.goto(server.url);
  await expect(page.getByTestId('storage-memory')).toContainText('Your work is not being kept');
  await createWorkbookViaUi(page, 'Private window plan');
  await page.getByLabel(/^Plan owner/).fill('Kim');
  await expectSaved(page);
  await expectAccessible(page, 'memory banner');
  const file = await downloadText(page, () =>
    page.getByTestId('storage-memory').getByRole('button', { name: 'Export a backup now' }).click(),
  );
  const backup = JSON.parse(file.text);
  expect(backup.data.workbooks.map((w: { title: string; owner: string }) => [w.title, w.owner])).toEqual([
    ['Private window plan', 'Kim'],
  ]);
});

test('when indexedDB.open throws (storage disabled) the app still opens in memory', async ({
  page,
  server,
}) => {
  await page.addInitScript(() => {
    IDBFactory.prototype.open = () => {
      throw new DOMException('Storage is disabled', 'SecurityError');
    };
  });
  await page.goto(server.url);
  await expect(page.getByTestId('storage-memory')).toBeVisible();
  await createWorkbookViaUi(page, 'Still usable');
});

// FIXME: Storage.overrideQuotaForOrigin did not make this Chromium refuse the write; the quota
// path is covered by unit tests (test/unit/storage-faults.test.ts) with Chromium's error shape.
test.fixme('a full disk: told within one save cycle, the edit stays on screen, export is offered and holds it', async ({
  page,
  server,
}) => {
  await page.goto(server.url);
  await createWorkbookViaUi(page, 'Full disk plan');
  await expectSaved(page);
  const cdp = await page.context().newCDPSession(page);
  const usage = await page.evaluate(async () => (await navigator.storage.estimate()).usage ?? 0);
  await cdp.send('Storage.overrideQuotaForOrigin', {
    origin: new URL(server.url).origin,
    quotaSize: usage + 1024,
  });
  const text = '서울 본사 — 긴 범위 설명 😀 '.repeat(700);
  await page.getByLabel(/^Scope/).fill(text);
  // One save cycle is 300 ms; allow the browser its write.
  await expect(page.getByTestId('storage-quota')).toBeVisible({ timeout: 3000 });
  await expect(page.getByTestId('save-status')).toContainText('Not saved');
  await expect(page.getByLabel(/^Scope/)).toHaveValue(text);
  const file = await downloadText(page, () =>
    page.getByTestId('storage-quota').getByRole('button', { name: 'Export a backup now' }).click(),
  );
  expect(JSON.parse(file.text).data.workbooks[0].scope).toBe(text);
  await expectAccessible(page, 'disk full banner');
  // Space comes back: the retry saves it.
  await cdp.send('Storage.overrideQuotaForOrigin', { origin: new URL(server.url).origin });
  await expectSaved(page);
  await page.reload();
  await expect(page.getByLabel(/^Scope/)).toHaveValue(text);
});

test('a database made by a newer version: a clear screen, and the data is never deleted', async ({
  page,
  server,
}) => {
  await page.goto(server.url);
  await expect(page.getByRole('heading', { name: 'Your continuity workbooks' })).toBeVisible();
  await page.evaluate(
    () =>
      new Promise<void>((resolve, reject) => {
        const del = indexedDB.deleteDatabase('continuity-workbook');
        del.onsuccess = () => {
          const req = indexedDB.open('continuity-workbook', 90);
          req.onupgradeneeded = () => {
            req.result
              .createObjectStore('workbooks', { keyPath: 'id' })
              .put({ id: 'future', title: 'From v9' });
          };
          req.onsuccess = () => {
            req.result.close();
            resolve();
          };
          req.onerror = () => reject(req.error);
        };
      }),
  );
  await page.reload();
  await expect(
    page.getByRole('heading', { name: 'Your data was saved by a newer version of the app' }),
  ).toBeVisible();
  await expectAccessible(page, 'newer database screen');
  const stored = await page.evaluate(
    () =>
      new Promise<{ version: number; rows: unknown[] }>((resolve) => {
        const req = indexedDB.open('continuity-workbook');
        req.onsuccess = () => {
          const db = req.result;
          const get = db.transaction('workbooks').objectStore('workbooks').getAll();
          get.onsuccess = () => {
            resolve({ version: db.version, rows: get.result });
            db.close();
          };
        };
      }),
  );
  expect(stored).toEqual({ version: 90, rows: [{ id: 'future', title: 'From v9' }] });
});

test('a newer version opened in another tab: this tab saves, stops, and asks for a reload', async ({
  page,
  context,
  server,
}) => {
  await page.goto(server.url);
  await createWorkbookViaUi(page, 'Upgrade plan');
  await page.getByLabel(/^Plan owner/).fill('typed before the upgrade');
  const other = await context.newPage();
  await other.goto(`${server.url}backup-format.schema.json`);
  const owner = await other.evaluate(
    () =>
      new Promise<string>((resolve) => {
        const req = indexedDB.open('continuity-workbook', 20);
        req.onsuccess = () => {
          const get = req.result.transaction('workbooks').objectStore('workbooks').getAll();
          get.onsuccess = () => resolve((get.result[0] as { owner: string }).owner);
        };
      }),
  );
  expect(owner).toBe('typed before the upgrade');
  await expect(page.getByTestId('storage-stopped')).toContainText(
    'A newer version was opened in another tab',
  );
  await expect(page.getByTestId('storage-stopped').getByRole('button', { name: 'Reload' })).toBeVisible();
});

test('this tab blocked by an older tab is told to close it, and starts when it closes', async ({
  page,
  context,
  server,
}) => {
  const old = await context.newPage();
  await old.goto(`${server.url}backup-format.schema.json`);
  // An "old version" holding the database at a lower version, ignoring requests to let go.
  await old.evaluate(
    () =>
      new Promise<void>((resolve) => {
        const req = indexedDB.open('continuity-workbook', 5);
        req.onsuccess = () => {
          (window as unknown as { held: IDBDatabase }).held = req.result;
          req.result.onversionchange = () => undefined;
          resolve();
        };
      }),
  );
  await page.goto(server.url);
  await expect(page.getByTestId('storage-blocked')).toContainText('Close the other tab of this app');
  await old.close();
  await expect(page.getByTestId('storage-blocked')).toHaveCount(0);
  await createWorkbookViaUi(page, 'After the old tab closed');
});

test('storage panel: persistence, usage, last backup; restore from backup on first run', async ({
  page,
  server,
}) => {
  await page.goto(server.url);
  await page.getByRole('link', { name: 'Storage and backups' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Storage and backups' })).toBeVisible();
  await expect(page.getByTestId('storage-usage')).toContainText('available to this site');
  await expect(page.getByTestId('storage-persisted')).not.toBeEmpty();
  await expect(page.getByTestId('storage-last-backup')).toHaveText('Never');
  await expectAccessible(page, 'storage panel');
  await page.getByRole('button', { name: 'Restore from a backup' }).click();
  await page.getByTestId('import-file').setInputFiles(fixturePath);
  await page.getByRole('button', { name: 'Import', exact: true }).click();
  await expect(page.getByText('Imported 2 workbook(s).')).toBeVisible();
  await page.goto(server.url);
  await expect(page.getByRole('link', { name: '서울 본사 연속성 계획' })).toBeVisible();
  await downloadText(page, () => page.getByRole('button', { name: 'Export all (backup)' }).click());
  await page.getByRole('link', { name: 'Storage and backups' }).click();
  await expect(page.getByTestId('storage-last-backup')).not.toHaveText('Never');
  await expect(page.getByTestId('storage-edits')).toHaveText('0');
  await page.setViewportSize({ width: 360, height: 740 });
  expect(
    await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth),
  ).toBeLessThanOrEqual(0);
});

test('backup reminder after many edits: dismissable and snoozed across reloads', async ({ page, server }) => {
  await page.goto(server.url);
  await createWorkbookViaUi(page, 'Busy plan');
  for (let i = 0; i < 3; i++) {
    await page.getByLabel(/^Plan owner/).fill(`Owner ${i}`);
    await expectSaved(page);
  }
  await expect(page.getByTestId('backup-reminder')).toHaveCount(0); // 3 edits, today: no nagging
  await page.evaluate(
    () =>
      new Promise<void>((resolve) => {
        const req = indexedDB.open('continuity-workbook');
        req.onsuccess = () => {
          const tx = req.result.transaction('meta', 'readwrite');
          tx.objectStore('meta').put({ key: 'editsSinceBackup', value: 250 });
          tx.oncomplete = () => {
            req.result.close();
            resolve();
          };
        };
      }),
  );
  await page.reload();
  await expect(page.getByTestId('backup-reminder')).toContainText('250 changes since the last backup');
  await page.getByRole('button', { name: 'Remind me in 3 days' }).click();
  await expect(page.getByTestId('backup-reminder')).toHaveCount(0);
  await page.reload();
  await expect(page.getByLabel(/^Plan owner/)).toBeVisible();
  await expect(page.getByTestId('backup-reminder')).toHaveCount(0);
});

test('a passphrase-protected backup: exported encrypted, wrong passphrase refused, right one imports', async ({
  page,
  server,
}) => {
  await page.goto(server.url);
  await createWorkbookViaUi(page, '암호 계획 🔐');
  await page.getByLabel(/^Plan owner/).fill('Secret owner');
  await expectSaved(page);
  await page.getByRole('button', { name: 'Export with a passphrase…' }).click();
  await page.getByLabel('Passphrase', { exact: true }).fill('correct horse');
  await page.getByLabel('Repeat the passphrase').fill('correct horse');
  await expectAccessible(page, 'protected export dialog');
  const file = await downloadText(page, () =>
    page.getByRole('button', { name: 'Export protected backup' }).click(),
  );
  expect(file.name).toMatch(/\.encrypted\.json$/);
  const sealed = JSON.parse(file.text);
  expect(sealed).toMatchObject({
    format: 'continuity-workbook-backup-encrypted',
    kdf: { name: 'PBKDF2', hash: 'SHA-256', iterations: 600000 },
    cipher: { name: 'AES-GCM', keyLength: 256 },
  });
  expect(file.text).not.toContain('Secret owner');

  await page.goto(server.url);
  await page.getByRole('button', { name: 'Import backup' }).click();
  await page.getByTestId('import-file').setInputFiles({
    name: file.name,
    mimeType: 'application/json',
    buffer: Buffer.from(file.text),
  });
  const passphrase = page.locator('dialog[open] input[type=password]');
  await passphrase.fill('wrong horse');
  await page.getByRole('button', { name: 'Unlock backup' }).click();
  await expect(page.getByText('Wrong passphrase, or the file is damaged.')).toBeVisible();
  await expectAccessible(page, 'passphrase prompt with error');
  await passphrase.fill('correct horse');
  await page.getByRole('button', { name: 'Unlock backup' }).click();
  await expect(page.getByText('Already here: choose what to do')).toBeVisible();
  await page.getByRole('radio', { name: 'Import as a copy' }).check();
  await page.getByRole('button', { name: 'Import', exact: true }).click();
  await expect(page.getByRole('link', { name: '암호 계획 🔐 (copy)' })).toBeVisible();
});

test('an oversized file is refused from its size, before it is read', async ({ page, server }) => {
  await page.goto(server.url);
  await page.getByRole('button', { name: 'Import backup' }).click();
  // Playwright passes buffers up to 50 MB only, so the 70 MB file goes through the disk.
  const huge = join(tmpdir(), `huge-${process.pid}.json`);
  writeFileSync(huge, Buffer.alloc(70 * 1024 * 1024, 0x20));
  await page.getByTestId('import-file').setInputFiles(huge);
  rmSync(huge);
  await expect(page.getByText('larger than the 50 MB limit')).toBeVisible();
});
