// The guarded write path: a failure is an outcome with a reason (never a throw, never a silent
// loss), nothing half-written; creates, deletes and undos count for the backup reminder outside
// the write's own transaction; and every child table deletes and undoes through it.
import { afterEach, describe, expect, it } from 'vitest';
import { getDb } from '../../src/db/db';
import { addRecord, changeRecord, guardedWrite, removeRecord, undoRemove } from '../../src/db/guarded-write';
import { backupFacts, changesNoted } from '../../src/db/meta';
import { getRecord, listByWorkbook, type NewRecordInput } from '../../src/db/records';
import { createWorkbook } from '../../src/db/workbooks';
import { childTableNames, type ChildTableName } from '../../src/domain/tables';
import { dumpDatabase } from './helpers/db-dump';
import { valueOf } from './helpers/outcome';
import { failPutsOnTransaction } from './helpers/raw-idb';

let removeFault: (() => void) | null = null;
afterEach(() => {
  removeFault?.();
  removeFault = null;
});

// Counts are written after the write, in their own transaction: wait for them before reading.
const edits = async () => {
  await changesNoted();
  return (await backupFacts()).editsSinceBackup;
};

describe('guardedWrite', () => {
  it('returns the value of a write that succeeded and counts the change once', async () => {
    const w = await createWorkbook({ title: 'Plan' });
    const before = await edits();
    const dep = await valueOf(
      addRecord('dependencies', { workbookId: w.id, area: 'people', name: 'Payroll' }),
    );
    expect(dep).toMatchObject({ name: 'Payroll', workbookId: w.id, rev: 0, deletedAt: null });
    expect(await getRecord('dependencies', dep.id)).toEqual(dep);
    expect(await edits()).toBe(before + 1);
  });

  it('a full disk is a failure with the quota reason: nothing stored, nothing counted, no throw', async () => {
    const w = await createWorkbook({ title: 'Plan' });
    const before = await dumpDatabase();
    removeFault = failPutsOnTransaction('QuotaExceededError');
    const outcome = await addRecord('contacts', { workbookId: w.id, name: 'Kim' });
    expect(outcome).toMatchObject({ ok: false, error: { kind: 'quota', reasonKey: 'save.quota' } });
    expect(await dumpDatabase()).toBe(before);
  });

  it('the same write succeeds once space is back (what Retry does)', async () => {
    const w = await createWorkbook({ title: 'Plan' });
    removeFault = failPutsOnTransaction('QuotaExceededError');
    const write = () => addRecord('contacts', { workbookId: w.id, name: 'Kim' });
    expect((await write()).ok).toBe(false);
    removeFault();
    removeFault = null;
    const contact = await valueOf(write());
    expect((await listByWorkbook('contacts', w.id)).map((c) => c.id)).toEqual([contact.id]);
  });

  it('counts outside the write: a failing count never undoes or fails the write', async () => {
    const w = await createWorkbook({ title: 'Plan' });
    const before = await edits();
    removeFault = failPutsOnTransaction('QuotaExceededError', 'meta');
    const outcome = await addRecord('lessons', { workbookId: w.id, incidentId: w.id, text: 'Call earlier' });
    expect(outcome.ok).toBe(true);
    await changesNoted(); // the count was tried (and failed) while the disk was full
    removeFault();
    removeFault = null;
    expect(await edits()).toBe(before);
    expect(await listByWorkbook('lessons', w.id)).toHaveLength(1);
  });

  it('names an invalid value, a record that is gone and a closed database truthfully', async () => {
    const w = await createWorkbook({ title: 'Plan' });
    expect(await addRecord('contacts', { workbookId: w.id, name: '' })).toMatchObject({
      ok: false,
      error: { reasonKey: 'save.invalid' },
    });
    expect(await changeRecord('contacts', 'no-such-id', { name: 'Lee' })).toMatchObject({
      ok: false,
      error: { reasonKey: 'save.gone' },
    });
    getDb().close({ disableAutoOpen: true });
    expect(await addRecord('contacts', { workbookId: w.id, name: 'Kim' })).toMatchObject({
      ok: false,
      error: { kind: 'closed', reasonKey: 'save.writeClosed' },
    });
    await getDb().open();
  });

  it('turns anything a write throws into a failure (the screen never waits forever)', async () => {
    expect(await guardedWrite(() => Promise.reject(new Error('boom')))).toMatchObject({
      ok: false,
      error: { kind: 'failed', reasonKey: 'save.writeFailed', detail: 'boom' },
    });
    expect(await guardedWrite(() => Promise.resolve(7), { edits: 0 })).toEqual({ ok: true, value: 7 });
  });

  it('counts a create, a delete and an undo as one change each; a one-click change as one', async () => {
    const w = await createWorkbook({ title: 'Plan' });
    const start = await edits();
    const contact = await valueOf(addRecord('contacts', { workbookId: w.id, name: 'Kim' }));
    expect(await edits()).toBe(start + 1);
    await valueOf(removeRecord('contacts', contact.id));
    expect(await edits()).toBe(start + 2);
    await valueOf(undoRemove('contacts', contact.id));
    expect(await edits()).toBe(start + 3);
    await valueOf(changeRecord('contacts', contact.id, { lastVerifiedDate: '2026-01-02' }));
    expect(await edits()).toBe(start + 4);
  });

  it('a failed delete counts nothing and deletes nothing', async () => {
    const w = await createWorkbook({ title: 'Plan' });
    const contact = await valueOf(addRecord('contacts', { workbookId: w.id, name: 'Kim' }));
    const count = await edits();
    removeFault = failPutsOnTransaction('QuotaExceededError');
    expect((await removeRecord('contacts', contact.id)).ok).toBe(false);
    removeFault();
    removeFault = null;
    expect(await edits()).toBe(count);
    expect(await listByWorkbook('contacts', w.id)).toHaveLength(1);
  });
});

/**
 * A valid new record for every child table. Typed over ChildTableName, so a new table in
 * src/domain/tables.ts does not compile until it has an entry here, and is then tested below.
 */
const samples = (workbookId: string): { [T in ChildTableName]: NewRecordInput<T> } => ({
  areaAnswers: { workbookId, area: 'people', questionKey: 'peopleKeyRoles', answer: 'Two deputies' },
  dependencies: { workbookId, area: 'systems', name: 'VPN' },
  scenarios: { workbookId, title: 'Flood', areas: ['location'] },
  policyChecks: { workbookId, scenarioId: workbookId, statement: 'Laptops go home' },
  mitigationActions: { workbookId, scenarioId: workbookId, action: 'Test the VPN' },
  responsibilities: { workbookId, area: 'service_usage', owner: 'customer', phase: 'both', title: 'Ours' },
  providerChannels: { workbookId, kind: 'backup_status_site' },
  internalChannels: { workbookId, kind: 'chat', name: 'Team chat' },
  contacts: { workbookId, name: 'Kim' },
  incidents: { workbookId, title: 'Outage', startAt: '2026-01-02T09:00' },
  lessons: { workbookId, incidentId: workbookId, text: 'Call earlier' },
  approvers: { workbookId, name: 'Park' },
  biaProcesses: { workbookId, name: 'Payroll' },
  biaResources: { workbookId, name: 'Payroll system' },
  biaAlternatives: { workbookId, resourceId: workbookId, name: 'Manual run' },
  biaDependencies: { workbookId, processId: workbookId, resourceId: workbookId },
  biaScenarioImpacts: { workbookId, scenarioId: workbookId, resourceId: workbookId },
  responseCriteria: { workbookId, condition: 'Mail down for 4 h', threshold: 4, unit: 'hours' },
  responseRoles: { workbookId, kind: 'incident_lead' },
  responseProcedures: { workbookId, title: 'Payroll by hand' },
  procedureSteps: { workbookId, procedureId: workbookId, action: 'Open the bridge line' },
  exercises: { workbookId, title: 'Tabletop', date: '2026-03-02' },
  exerciseObjectives: { workbookId, exerciseId: workbookId, text: 'Declare within 30 minutes' },
  exerciseRecoveries: { workbookId, exerciseId: workbookId, processId: workbookId, achievedHours: 5 },
  exerciseFindings: { workbookId, exerciseId: workbookId, text: 'Nobody had the bridge number' },
  tabletopRuns: { workbookId, scenarioId: workbookId },
  planVersions: { workbookId, major: 1, minor: 0, publishedDate: '2026-01-02', snapshot: '{}' },
  distributionList: { workbookId, name: 'Lee', copyNumber: 1 },
  reviewTriggers: { workbookId, kind: 'organisation', date: '2026-01-02' },
});

describe.each(childTableNames)('delete and undo in %s', (table) => {
  it('delete sets deletedAt and hides the record; undo brings it back identical but for rev and updatedAt', async () => {
    const w = await createWorkbook({ title: 'Plan' });
    const input = samples(w.id)[table] as NewRecordInput<typeof table>;
    const created = await valueOf(addRecord(table, input));
    const listed = await listByWorkbook(table, w.id);
    expect(listed.map((r) => r.id)).toContain(created.id);

    const deleted = await valueOf(removeRecord(table, created.id));
    expect(deleted.deletedAt).toEqual(expect.any(String));
    expect((await getRecord(table, created.id))!.deletedAt).toBe(deleted.deletedAt);
    expect((await listByWorkbook(table, w.id)).map((r) => r.id)).not.toContain(created.id);

    const restored = await valueOf(undoRemove(table, created.id));
    const { rev, updatedAt, ...rest } = restored;
    const { rev: rev0, updatedAt: _u0, ...rest0 } = created;
    expect(rest).toEqual(rest0);
    expect(rev).toBe(rev0 + 2);
    expect(updatedAt >= created.updatedAt).toBe(true);
    expect(await getRecord(table, created.id)).toEqual(restored);
    expect((await listByWorkbook(table, w.id)).map((r) => r.id)).toEqual(listed.map((r) => r.id));
  });
});
