// The backup reminder counts every kind of change: creates, deletes and their undo, new and
// duplicated workbooks, imports (field edits are counted by autosave, tested in storage-faults).
import { describe, expect, it, vi } from 'vitest';
import { exportBackup, importBackup } from '../../src/db/backup';
import { getDb } from '../../src/db/db';
import { backupFacts, markBackupExported } from '../../src/db/meta';
import { createRecord, softDeleteRecord, undeleteRecord, writeTogether } from '../../src/db/records';
import {
  createWorkbook,
  deleteWorkbook,
  duplicateWorkbook,
  undoDeleteWorkbook,
} from '../../src/db/workbooks';

const changes = async () => (await backupFacts()).editsSinceBackup;
const expectChanges = (n: number) => vi.waitFor(async () => expect(await changes()).toBe(n));

describe('the backup reminder counts every change', () => {
  it('creates, deletes and undos, workbooks new, duplicated, deleted and restored', async () => {
    const w = await createWorkbook({ title: 'Plan' });
    await expectChanges(1);
    const s = await createRecord('scenarios', { workbookId: w.id, title: 'Snow', areas: ['people'] });
    await expectChanges(2);
    await softDeleteRecord('scenarios', s.id);
    await expectChanges(3);
    await undeleteRecord('scenarios', s.id);
    await expectChanges(4);
    await duplicateWorkbook(w.id, ' (copy)');
    await expectChanges(5);
    await deleteWorkbook(w.id);
    await undoDeleteWorkbook(w.id);
    await expectChanges(7);
    expect((await backupFacts()).firstEditSinceBackupAt).not.toBeNull();
  });

  it('a create inside a larger transaction is counted without breaking it', async () => {
    const w = await createWorkbook({ title: 'Plan' });
    await markBackupExported();
    await writeTogether(['scenarios', 'policyChecks'], async () => {
      const s = await createRecord('scenarios', { workbookId: w.id, title: 'Snow', areas: ['people'] });
      await createRecord('policyChecks', { workbookId: w.id, scenarioId: s.id, statement: 'Laptops' });
    });
    await expectChanges(2);
    expect(await getDb().policyChecks.count()).toBe(1);
  });

  it('an import counts the records it wrote', async () => {
    const w = await createWorkbook({ title: 'Plan' });
    const envelope = await exportBackup([w.id]);
    await markBackupExported();
    const result = await importBackup(envelope, { [w.id]: 'copy' });
    expect(result.records).toBe(
      1 + envelope.data.responsibilities.length + envelope.data.providerChannels.length,
    );
    await expectChanges(result.records);
  });
});
