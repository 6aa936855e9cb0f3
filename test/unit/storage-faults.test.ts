// Storage faults: every browser's quota error, a database closed or cleared under the app,
// all-or-nothing saves, and edits counted for the backup reminder.
import Dexie from 'dexie';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { flushSaves, pendingPatches, queuePatch } from '../../src/db/autosave';
import { getDb } from '../../src/db/db';
import { backupFacts, markBackupExported } from '../../src/db/meta';
import { createRecord, getRecord } from '../../src/db/records';
import { classifyStorageError, describeStorageError, isQuotaError } from '../../src/db/storage-errors';
import { createWorkbook } from '../../src/db/workbooks';
import { saveStatusStore } from '../../src/lib/save-status';
import { dumpDatabase } from './helpers/db-dump';
import { failPutsOnTransaction } from './helpers/raw-idb';

const status = () => saveStatusStore.getState().state;
let removeFault: (() => void) | null = null;
afterEach(() => {
  removeFault?.();
  removeFault = null;
  vi.restoreAllMocks();
});

describe('quota errors in every form', () => {
  const quota = new DOMException('The quota has been exceeded.', 'QuotaExceededError');
  const forms: [string, unknown][] = [
    ['DOMException QuotaExceededError', quota],
    ['Firefox legacy name', { name: 'NS_ERROR_DOM_QUOTA_REACHED', message: '' }],
    ['Firefox legacy code 1014', { name: 'Error', code: 1014 }],
    ['old WebKit code 22', { name: 'Error', code: 22 }],
    ['Dexie QuotaExceededError', new Dexie.QuotaExceededError('no space')],
    [
      'Dexie AbortError with the quota error inside (Chromium on commit)',
      Object.assign(new Dexie.AbortError('Transaction aborted'), { inner: quota }),
    ],
    [
      'an abort whose inner has no message, only the name',
      Object.assign(new Dexie.AbortError('Transaction aborted'), {
        inner: new DOMException('', 'QuotaExceededError'),
      }),
    ],
    ['Dexie BulkError with a quota failure', new Dexie.BulkError('bulk', [new Error('x'), quota])],
    ['a transaction abort event (target.error)', { type: 'abort', target: { error: quota } }],
    ['an Error with cause', new Error('write failed', { cause: quota })],
    ['Safari message', new DOMException('Quota exceeded for this origin', 'UnknownError')],
  ];
  it.each(forms)('recognises %s', (_label, error) => {
    expect(isQuotaError(error)).toBe(true);
    expect(describeStorageError(error).reasonKey).toBe('save.quota');
  });

  it.each([
    ['ConstraintError', new DOMException('Key already exists', 'ConstraintError'), 'failed'],
    ['DatabaseClosedError', new Dexie.DatabaseClosedError(), 'closed'],
    ['InvalidStateError', new DOMException('closing', 'InvalidStateError'), 'closed'],
    ['MissingAPIError', new Dexie.MissingAPIError(), 'unavailable'],
    ['a string', 'boom', 'failed'],
    ['null', null, 'failed'],
  ])('does not mistake %s for a full disk', (_label, error, kind) => {
    expect(isQuotaError(error)).toBe(false);
    expect(classifyStorageError(error)).toBe(kind);
  });

  it('survives cyclic wrappers', () => {
    const a: { name: string; inner?: unknown } = { name: 'Error' };
    a.inner = { name: 'Wrapper', inner: a };
    expect(isQuotaError(a)).toBe(false);
  });
});

describe('quota exceeded during an autosave', () => {
  it('tells within one save cycle, keeps the edit, writes nothing, and saves once space is back', async () => {
    const w = await createWorkbook({ title: 'Plan' });
    const before = await dumpDatabase();
    removeFault = failPutsOnTransaction('QuotaExceededError');
    queuePatch('workbooks', w.id, { scope: 'typed while the disk is full' });
    await flushSaves(); // one save cycle
    expect(status()).toMatchObject({ kind: 'error', reasonKey: 'save.quota' });
    expect(pendingPatches()).toEqual([
      { table: 'workbooks', id: w.id, patch: { scope: 'typed while the disk is full' } },
    ]);
    removeFault();
    removeFault = null;
    expect(await dumpDatabase()).toBe(before);
    await flushSaves();
    expect((await getRecord('workbooks', w.id))!.scope).toBe('typed while the disk is full');
    expect(status().kind).toBe('saved');
  });
});

describe('saves that touch several tables', () => {
  it('writes all or nothing: a failure on the second table leaves the first untouched', async () => {
    const w = await createWorkbook({ title: 'Plan' });
    const s = await createRecord('scenarios', { workbookId: w.id, title: 'Flood', areas: ['location'] });
    const before = await dumpDatabase();
    removeFault = failPutsOnTransaction('UnknownError', 'scenarios');
    queuePatch('workbooks', w.id, { owner: 'Kim' });
    queuePatch('scenarios', s.id, { title: 'Flood in the basement' });
    await flushSaves();
    expect(status()).toMatchObject({ kind: 'error', reasonKey: 'save.failed' });
    expect(await dumpDatabase()).toBe(before);
    removeFault();
    removeFault = null;
    await flushSaves();
    expect((await getRecord('workbooks', w.id))!.owner).toBe('Kim');
    expect((await getRecord('scenarios', s.id))!.title).toBe('Flood in the basement');
  });

  it('an invalid value in a batch is dropped alone; the valid edits beside it are saved', async () => {
    const w = await createWorkbook({ title: 'Plan' });
    const s = await createRecord('scenarios', { workbookId: w.id, title: 'Flood', areas: ['location'] });
    queuePatch('workbooks', w.id, { owner: 'Kim' });
    queuePatch('scenarios', s.id, { likelihood: 99 } as never);
    await flushSaves();
    expect(status()).toMatchObject({ kind: 'error', reasonKey: 'save.invalid' });
    expect((await getRecord('workbooks', w.id))!.owner).toBe('Kim');
    expect((await getRecord('scenarios', s.id))!.likelihood).not.toBe(99);
  });

  it('createRecord of a child bumps the workbook in the same transaction', async () => {
    const w = await createWorkbook({ title: 'Plan' });
    const before = await dumpDatabase();
    removeFault = failPutsOnTransaction('UnknownError', 'workbooks');
    await expect(
      createRecord('scenarios', { workbookId: w.id, title: 'Fire', areas: ['people'] }),
    ).rejects.toThrow();
    expect(await dumpDatabase()).toBe(before);
  });
});

describe('the database closed under the app', () => {
  it('reopens and retries once, silently', async () => {
    const w = await createWorkbook({ title: 'Plan' });
    getDb().close(); // as after db.close(): Dexie would refuse every call from now on
    queuePatch('workbooks', w.id, { owner: 'Lee' });
    await flushSaves();
    expect(status().kind).toBe('saved');
    expect((await getRecord('workbooks', w.id))!.owner).toBe('Lee');
  });

  it('tells the user when reopening fails, keeps the edit, and saves it later', async () => {
    const w = await createWorkbook({ title: 'Plan' });
    const db = getDb();
    db.close();
    const open = vi.spyOn(db, 'open').mockRejectedValueOnce(new Dexie.OpenFailedError('gone'));
    queuePatch('workbooks', w.id, { owner: 'Lee' });
    await flushSaves();
    expect(open).toHaveBeenCalledTimes(1);
    expect(status()).toMatchObject({ kind: 'error' });
    expect(pendingPatches()).toHaveLength(1);
    open.mockRestore();
    await db.open();
    await flushSaves();
    expect((await getRecord('workbooks', w.id))!.owner).toBe('Lee');
  });

  it('never writes a half-empty workbook when the data was cleared under the app', async () => {
    const w = await createWorkbook({ title: 'Real plan' });
    const db = getDb();
    await db.delete({ disableAutoOpen: false }); // "clear site data" while the tab is open
    queuePatch('workbooks', w.id, { owner: 'Lee' });
    await flushSaves();
    expect(status()).toMatchObject({ kind: 'error', reasonKey: 'save.gone' });
    expect(await db.workbooks.count()).toBe(0);
  });
});

describe('edits counted for the backup reminder', () => {
  it('counts saved edits in the meta table, and a backup resets the count', async () => {
    const w = await createWorkbook({ title: 'Plan' });
    queuePatch('workbooks', w.id, { owner: 'a' });
    await flushSaves();
    queuePatch('workbooks', w.id, { owner: 'b' });
    await flushSaves();
    // The counter is written just after each save; the workbook's creation counts too.
    await vi.waitFor(async () => expect((await backupFacts()).editsSinceBackup).toBe(3));
    const facts = await backupFacts();
    expect(facts.firstEditSinceBackupAt).not.toBeNull();
    await markBackupExported('2026-01-01T00:00:00.000Z');
    expect(await backupFacts()).toMatchObject({
      editsSinceBackup: 0,
      lastBackupAt: '2026-01-01T00:00:00.000Z',
      firstEditSinceBackupAt: null,
    });
  });
});
