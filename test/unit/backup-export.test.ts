// Every export path holds what is on screen: edits the browser could not save (a full disk) go in
// the file, and only a complete file (every workbook, every unsaved edit) resets the reminder.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { flushSaves, pendingPatches, queuePatch } from '../../src/db/autosave';
import { backupFile, noteBackupSaved, prepareBackup } from '../../src/db/backup-export';
import { backupFacts, countChanges, markBackupExported } from '../../src/db/meta';
import { createWorkbook } from '../../src/db/workbooks';
import { decryptBackupText } from '../../src/lib/encrypted-backup';
import { failPutsOnTransaction } from './helpers/raw-idb';

let removeFault: (() => void) | null = null;
afterEach(() => {
  removeFault?.();
  removeFault = null;
});

/** Lets the creates' own counts land, then starts from a fresh backup with `n` changes since. */
async function changesSinceBackup(creates: number, n: number) {
  await vi.waitFor(async () => expect((await backupFacts()).editsSinceBackup).toBe(creates));
  await markBackupExported();
  await countChanges(n);
}

/** A full disk for the workbooks table only, so the reminder's own record can still be written. */
const diskFullForWorkbooks = () => (removeFault = failPutsOnTransaction('QuotaExceededError', 'workbooks'));

describe('exports include unsaved edits', () => {
  it('a one-workbook export (the header button) holds the edit the full disk refused', async () => {
    const w = await createWorkbook({ title: 'Plan' });
    diskFullForWorkbooks();
    queuePatch('workbooks', w.id, { scope: 'typed while the disk is full' });
    await flushSaves();
    expect(pendingPatches()).toHaveLength(1);
    const made = await backupFile({ workbookIds: [w.id], title: 'Plan' });
    const file = JSON.parse(await made.blob.text());
    expect(file.data.workbooks[0].scope).toBe('typed while the disk is full');
    expect(made).toMatchObject({ complete: true, missing: [] });
    await countChanges(3);
    await noteBackupSaved(made);
    expect((await backupFacts()).editsSinceBackup).toBe(0);
  });

  it('a risk-area answer typed for the first time (not yet made) goes in as the record it will be', async () => {
    const w = await createWorkbook({ title: 'Plan' });
    const other = await createWorkbook({ title: 'Other' });
    const queued = [
      {
        table: 'areaAnswers' as const,
        id: `${w.id}:q:locationAlternateAccess`,
        patch: { answer: 'typed while the disk is full' },
        create: { workbookId: w.id, area: 'location', questionKey: 'locationAlternateAccess' },
      },
    ];
    const prepared = await prepareBackup([w.id], () => queued);
    expect(prepared.missing).toEqual([]);
    expect(prepared.envelope.data.areaAnswers).toMatchObject([
      {
        id: `${w.id}:q:locationAlternateAccess`,
        workbookId: w.id,
        area: 'location',
        questionKey: 'locationAlternateAccess',
        answer: 'typed while the disk is full',
        rev: 0,
        deletedAt: null,
      },
    ]);
    // Another workbook's first edit is not part of this workbook's file.
    const onlyOther = await prepareBackup([other.id], () => queued);
    expect(onlyOther.envelope.data.areaAnswers).toEqual([]);
  });

  it('the protected export holds it too', async () => {
    const w = await createWorkbook({ title: 'Plan' });
    diskFullForWorkbooks();
    queuePatch('workbooks', w.id, { owner: 'typed while full' });
    await flushSaves();
    const made = await backupFile({ title: 'Plan', passphrase: 'long passphrase' });
    expect(made.fileName).toMatch(/\.encrypted\.json$/);
    const opened = await decryptBackupText(await made.blob.text(), 'long passphrase');
    if (!opened.ok) throw new Error('could not open');
    expect(JSON.parse(opened.text).data.workbooks[0].owner).toBe('typed while full');
  });

  it('an unsaved edit that cannot go in is named, and the reminder is not reset', async () => {
    const w = await createWorkbook({ title: 'Plan' });
    await changesSinceBackup(1, 5);
    // Still queued and invalid (the title is required), as when this tab stopped writing.
    const queued = [{ table: 'workbooks' as const, id: w.id, patch: { title: '' } }];
    const prepared = await prepareBackup(undefined, () => queued);
    expect(prepared.complete).toBe(false);
    expect(prepared.missing).toEqual([{ table: 'workbooks', id: w.id, patch: { title: '' } }]);
    await noteBackupSaved(prepared);
    expect((await backupFacts()).editsSinceBackup).toBe(5);
  });

  it('a backup of one workbook out of two does not reset the reminder; one of all does', async () => {
    const a = await createWorkbook({ title: 'A' });
    await createWorkbook({ title: 'B' });
    await changesSinceBackup(2, 2);
    const one = await prepareBackup([a.id]);
    expect(one.complete).toBe(false);
    await noteBackupSaved(one);
    expect((await backupFacts()).editsSinceBackup).toBe(2);
    const all = await prepareBackup();
    expect(all.complete).toBe(true);
    await noteBackupSaved(all);
    expect((await backupFacts()).editsSinceBackup).toBe(0);
  });
});
