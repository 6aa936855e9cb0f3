// Storage faults in a real browser: no IndexedDB, a full disk (a QuotaExceededError injected on
// the transaction, as Chromium reports it), a database from a newer version, a newer tab taking
// over, an old tab blocking; persistence, the storage panel, restore, and passphrase-protected
// backups.
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { injectDiskFull } from './disk-full';
import { createWorkbookViaUi, expect, expectAccessible, expectSaved, test } from './fixtures';
import type { Page } from '@playwright/test';
import { decryptBackupText } from '../../src/lib/encrypted-backup';

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

test('a full disk: told within one save cycle, the edit stays on screen, export is offered and holds it', async ({
  page,
  server,
}) => {
  await page.addInitScript(injectDiskFull);
  await page.goto(server.url);
  await createWorkbookViaUi(page, 'Full disk plan');
  await page.getByLabel(/^Plan owner/).fill('Saved before the disk filled');
  await expectSaved(page);

  await page.evaluate(() => ((window as unknown as { __diskFull: boolean }).__diskFull = true));
  const text = '서울 본사 — 긴 범위 설명 😀 👩‍💻 '.repeat(200);
  const started = Date.now();
  await page.getByLabel(/^Scope/).fill(text);
  const banner = page.getByTestId('storage-quota');
  await expect(banner).toBeVisible();
  const toldAfterMs = Date.now() - started;
  // Told by the first failed save, not after the retries (the first retry waits 1 s more).
  expect(await page.evaluate(() => (window as unknown as { __quotaAborts: number }).__quotaAborts)).toBe(1);
  console.log(`disk full: told after ${toldAfterMs} ms, one failed save`);
  await expect(banner).toContainText('The browser has no storage space left');
  const status = page.getByTestId('save-status');
  await expect(status).toContainText('Not saved');
  await expect(status).toContainText('no storage space left for this site');
  await expect(page.getByLabel(/^Scope/)).toHaveValue(text);
  await expectAccessible(page, 'disk full banner');

  // The backup offered holds what is on screen, the unsaved edit included.
  const file = await downloadText(page, () =>
    banner.getByRole('button', { name: 'Export a backup now' }).click(),
  );
  const exported = JSON.parse(file.text).data.workbooks[0];
  expect(exported.scope).toBe(text);
  expect(exported.owner).toBe('Saved before the disk filled');
  // The header's Export backup (and the protected export) hold it too.
  const header = await downloadText(page, () =>
    page.getByRole('button', { name: 'Export backup', exact: true }).click(),
  );
  expect(JSON.parse(header.text).data.workbooks[0].scope).toBe(text);
  await expect(page.getByText(`Backup saved as ${header.name}.`)).toBeVisible();
  await page.getByRole('button', { name: 'Export with a passphrase…' }).click();
  await page.getByLabel('Passphrase', { exact: true }).fill('long passphrase');
  await page.getByLabel('Repeat the passphrase').fill('long passphrase');
  const sealed = await downloadText(page, () =>
    page.getByRole('button', { name: 'Export protected backup' }).click(),
  );
  expect(sealed.name).toMatch(/\.encrypted\.json$/);
  const opened = await decryptBackupText(sealed.text, 'long passphrase');
  expect(opened.ok && JSON.parse(opened.text).data.workbooks[0].scope).toBe(text);
  // Still full: still not saved, the edit still on screen.
  await expect(status).toContainText('Not saved');
  await expect(page.getByLabel(/^Scope/)).toHaveValue(text);

  // Space comes back: the automatic retry saves it, and it is there after a reload.
  await page.evaluate(() => ((window as unknown as { __diskFull: boolean }).__diskFull = false));
  await expect(status).toHaveText(/All changes saved/, { timeout: 15_000 });
  await expect(banner).toBeHidden();
  await page.reload();
  await expect(page.getByLabel(/^Scope/)).toHaveValue(text);
  await expect(page.getByLabel(/^Plan owner/)).toHaveValue('Saved before the disk filled');
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
        // Far above any version the app ships (Dexie stores version N as N × 10).
        const req = indexedDB.open('continuity-workbook', 1000);
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

test('only a backup of everything resets the reminder: one workbook of two does not', async ({
  page,
  server,
}) => {
  await page.goto(server.url);
  await createWorkbookViaUi(page, 'First plan');
  await page.goto(server.url);
  await createWorkbookViaUi(page, 'Second plan');
  await page.getByLabel(/^Plan owner/).fill('Kim');
  await expectSaved(page);
  const one = await downloadText(page, () =>
    page.getByRole('button', { name: 'Export backup', exact: true }).click(),
  );
  expect(JSON.parse(one.text).data.workbooks.map((w: { owner: string }) => w.owner)).toEqual(['Kim']);
  await page.getByRole('link', { name: 'Storage and backups' }).click();
  await expect(page.getByTestId('storage-last-backup')).toHaveText('Never');
  await expect(page.getByTestId('storage-edits')).toHaveText('3'); // two workbooks created, one edit
  await page.goto(server.url);
  await downloadText(page, () => page.getByRole('button', { name: 'Export all (backup)' }).click());
  await page.getByRole('link', { name: 'Storage and backups' }).click();
  await expect(page.getByTestId('storage-last-backup')).not.toHaveText('Never');
  await expect(page.getByTestId('storage-edits')).toHaveText('0');
});

test('the database deleted from another tab: this tab says so, not "a newer version"', async ({
  page,
  context,
  server,
}) => {
  await page.goto(server.url);
  await createWorkbookViaUi(page, 'Deleted elsewhere');
  const other = await context.newPage();
  await other.goto(`${server.url}backup-format.schema.json`);
  await other.evaluate(
    () =>
      new Promise<void>((resolve, reject) => {
        const req = indexedDB.deleteDatabase('continuity-workbook');
        req.onsuccess = () => resolve();
        req.onerror = () => reject(req.error);
      }),
  );
  await expect(page.getByTestId('storage-deleted')).toContainText(
    'The data of this app was deleted in another tab',
  );
  await expect(page.getByTestId('storage-stopped')).toHaveCount(0);
  await expectAccessible(page, 'database deleted banner');
});
