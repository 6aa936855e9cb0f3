// An import touches only what the file names: ids another workbook uses are re-issued, Replace is
// a restorable soft delete and never the default, a deleted workbook in a file never hides a live
// one, and every imported workbook can be opened (URL-unsafe ids re-issued).
import { describe, expect, it, vi } from 'vitest';
import {
  exportBackup,
  importBackup,
  parseBackup,
  planImport,
  serializeBackup,
  undoImport,
} from '../../src/db/backup';
import { backupFacts } from '../../src/db/meta';
import { getDb } from '../../src/db/db';
import { createRecord, getRecord, patchRecord } from '../../src/db/records';
import { createWorkbook, listWorkbooks, loadSnapshot } from '../../src/db/workbooks';
import type { BackupEnvelope } from '../../src/domain/backup';
import { areaAnswerId } from '../../src/domain/risk-areas';
import { childTableNames, type WorkbookSnapshot } from '../../src/domain/tables';

async function seed(title = 'Head office') {
  const w = await createWorkbook({ title });
  const dep = await createRecord('dependencies', { workbookId: w.id, area: 'systems', name: 'VPN' });
  const s = await createRecord('scenarios', {
    workbookId: w.id,
    title: 'Snow',
    areas: ['people'],
    affectedDependencyIds: [dep.id],
  });
  await createRecord('policyChecks', { workbookId: w.id, scenarioId: s.id, statement: 'Laptops' });
  const boss = await createRecord('contacts', { workbookId: w.id, name: 'Boss' } as never);
  await createRecord('contacts', { workbookId: w.id, name: 'Kim', calledById: boss.id } as never);
  await createRecord('areaAnswers', {
    id: areaAnswerId(w.id, 'peopleKeyRoles'),
    workbookId: w.id,
    area: 'people',
    questionKey: 'peopleKeyRoles',
    answer: 'Two deputies',
  });
  return w;
}

const reparse = (envelope: BackupEnvelope) => {
  const parsed = parseBackup(serializeBackup(envelope));
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.problem));
  return parsed.envelope;
};

/** A colleague's "template": the file of workbook `w` with only the workbook id and title changed. */
async function templateOf(workbookId: string, newWorkbookId: string) {
  const file = JSON.parse(serializeBackup(await exportBackup([workbookId]))) as BackupEnvelope;
  file.data.workbooks[0]!.id = newWorkbookId;
  file.data.workbooks[0]!.title = 'Template';
  for (const table of childTableNames) {
    for (const r of file.data[table] as { workbookId: string }[]) r.workbookId = newWorkbookId;
  }
  return reparse(file);
}

const recordCount = (s: WorkbookSnapshot) => 1 + childTableNames.reduce((n, t) => n + s[t].length, 0);

function expectOwnReferences(s: WorkbookSnapshot) {
  const ids = (list: { id: string }[]) => new Set(list.map((r) => r.id));
  for (const table of childTableNames) for (const r of s[table]) expect(r.workbookId).toBe(s.workbook.id);
  for (const p of s.policyChecks) expect(ids(s.scenarios).has(p.scenarioId)).toBe(true);
  for (const sc of s.scenarios)
    for (const d of sc.affectedDependencyIds) expect(ids(s.dependencies).has(d)).toBe(true);
  for (const c of s.contacts) if (c.calledById) expect(ids(s.contacts).has(c.calledById)).toBe(true);
}

describe('imports touch only what the file names', () => {
  it('a new workbook reusing the record ids of one here gets fresh ids; the one here is untouched', async () => {
    const w = await seed();
    const before = await loadSnapshot(w.id);
    const file = await templateOf(w.id, 'template-1');
    const plan = await planImport(file);
    const childRecords = recordCount(before!) - 1;
    expect(plan).toEqual([
      expect.objectContaining({ exists: false, deletedInFile: false, newIds: childRecords }),
    ]);
    const result = await importBackup(file, {});
    expect(result.written).toEqual(['template-1']);
    expect(await loadSnapshot(w.id)).toEqual(before);
    const imported = (await loadSnapshot('template-1'))!;
    expect(recordCount(imported)).toBe(recordCount(before!));
    const ownIds = new Set(childTableNames.flatMap((t) => before![t].map((r) => r.id)));
    for (const t of childTableNames) for (const r of imported[t]) expect(ownIds.has(r.id)).toBe(false);
    expectOwnReferences(imported);
    expect(imported.areaAnswers.map((a) => a.answer)).toEqual(['Two deputies']);
  });

  it('Replace re-issues only the ids that belong to another workbook', async () => {
    const a = await seed('A');
    const b = await createWorkbook({ title: 'B' });
    const file = JSON.parse(serializeBackup(await exportBackup([b.id]))) as BackupEnvelope;
    const stolen = (await loadSnapshot(a.id))!.scenarios[0]!;
    file.data.scenarios.push({ ...stolen, workbookId: b.id, title: 'From the file' });
    const envelope = reparse(file);
    const plan = await planImport(envelope);
    expect(plan).toEqual([expect.objectContaining({ exists: true, newIds: 1 })]);
    await importBackup(envelope, { [b.id]: 'replace' });
    expect((await getRecord('scenarios', stolen.id))!).toEqual(stolen);
    const bSnap = (await loadSnapshot(b.id))!;
    expect(bSnap.scenarios.map((s) => s.title)).toEqual(['From the file']);
    expect(bSnap.scenarios[0]!.id).not.toBe(stolen.id);
    expect(bSnap.responsibilities.map((r) => r.id)).toEqual(file.data.responsibilities.map((r) => r.id));
  });

  it('a missing mode never means Replace: an existing workbook is imported as a copy', async () => {
    const w = await seed();
    const envelope = await exportBackup([w.id]);
    await patchRecord('workbooks', w.id, { owner: 'Edited after the backup' });
    const result = await importBackup(envelope, {});
    expect((await getRecord('workbooks', w.id))!.owner).toBe('Edited after the backup');
    expect(result.replaced).toEqual([]);
    expect(result.added).toHaveLength(1);
    expect((await listWorkbooks()).length).toBe(2);
  });

  it('Replace soft-deletes: nothing is hard-deleted and Undo brings the previous version back', async () => {
    const w = await seed();
    const envelope = await exportBackup([w.id]);
    const later = await createRecord('scenarios', {
      workbookId: w.id,
      title: 'Added later',
      areas: ['systems'],
    });
    await patchRecord('workbooks', w.id, { owner: 'Before the import' });
    const result = await importBackup(envelope, { [w.id]: 'replace' });
    expect((await loadSnapshot(w.id))!.scenarios.map((s) => s.title)).toEqual(['Snow']);
    const raw = await getDb().scenarios.get(later.id);
    expect(raw).toMatchObject({ id: later.id, title: 'Added later' });
    expect(raw!.deletedAt).not.toBeNull();
    expect(result.replaced).toHaveLength(1);
    await undoImport(result);
    const restored = await listWorkbooks();
    expect(restored.map((x) => x.id)).toEqual([result.replaced[0]!.previousCopyId]);
    const previous = (await loadSnapshot(restored[0]!.id))!;
    expect(previous.workbook.owner).toBe('Before the import');
    expect(previous.scenarios.map((s) => s.title).sort()).toEqual(['Added later', 'Snow']);
    expectOwnReferences(previous);
  });

  it('Replace with a file equal to the workbook here writes nothing and keeps no extra copy', async () => {
    const w = await seed();
    const envelope = await exportBackup([w.id]);
    const result = await importBackup(envelope, { [w.id]: 'replace' });
    expect(result).toMatchObject({ written: [w.id], replaced: [], added: [], records: 0 });
    expect(await getDb().workbooks.count()).toBe(1);
  });

  it('Undo of an import deletes the workbooks it added (restorable like any deleted workbook)', async () => {
    const w = await seed();
    const envelope = await exportBackup([w.id]);
    await getDb().delete();
    await getDb().open();
    const result = await importBackup(envelope, {});
    expect((await listWorkbooks()).map((x) => x.id)).toEqual([w.id]);
    await undoImport(result);
    expect(await listWorkbooks()).toEqual([]);
    expect((await getDb().workbooks.get(w.id))!.deletedAt).not.toBeNull();
    expect(await getDb().scenarios.where('workbookId').equals(w.id).count()).toBe(1);
  });

  it('a workbook marked deleted in the file never hides the live one, even with Replace', async () => {
    const w = await seed();
    const before = await loadSnapshot(w.id);
    const file = JSON.parse(serializeBackup(await exportBackup([w.id]))) as BackupEnvelope;
    file.data.workbooks[0]!.deletedAt = new Date().toISOString();
    const envelope = reparse(file);
    expect(await planImport(envelope)).toEqual([
      expect.objectContaining({ exists: true, deletedInFile: true }),
    ]);
    const result = await importBackup(envelope, { [w.id]: 'replace' });
    expect(result.written).toEqual([]);
    expect(await loadSnapshot(w.id)).toEqual(before);
    expect((await listWorkbooks()).map((x) => x.id)).toEqual([w.id]);
  });

  it('a workbook deleted here is not overwritten by a file with its id: the file gets a new id', async () => {
    const w = await seed();
    const envelope = await exportBackup([w.id]);
    await patchRecord('workbooks', w.id, { deletedAt: new Date().toISOString() });
    const deletedBefore = await loadSnapshot(w.id);
    expect((await planImport(envelope))[0]).toMatchObject({ exists: false });
    const result = await importBackup(envelope, {});
    expect(result.written).toHaveLength(1);
    expect(result.written[0]).not.toBe(w.id);
    expect(await loadSnapshot(w.id)).toEqual(deletedBefore);
    expectOwnReferences((await loadSnapshot(result.written[0]!))!);
  });

  it('ids that cannot go in a URL are re-issued with references remapped', async () => {
    const w = await seed();
    const file = JSON.parse(serializeBackup(await exportBackup([w.id]))) as BackupEnvelope;
    await getDb().delete();
    await getDb().open();
    // The workbook id and a scenario id as a hand-edited file might carry them.
    const text = JSON.stringify(file)
      .split(w.id)
      .join('a/b?c#d%20 e')
      .split(file.data.scenarios[0]!.id)
      .join('scenario one');
    const renamed = JSON.parse(text) as BackupEnvelope;
    expect(renamed.data.workbooks[0]!.id).toBe('a/b?c#d%20 e');
    const envelope = reparse(renamed);
    const plan = await planImport(envelope);
    expect(plan[0]).toMatchObject({ exists: false, newIds: 2 });
    const result = await importBackup(envelope, {});
    const id = result.written[0]!;
    expect(id).toMatch(/^[A-Za-z0-9_-]+$/);
    const snap = (await loadSnapshot(id))!;
    expect(snap.scenarios[0]!.id).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(snap.policyChecks[0]!.scenarioId).toBe(snap.scenarios[0]!.id);
    expect(snap.areaAnswers[0]!.id).toBe(areaAnswerId(id, 'peopleKeyRoles'));
    expectOwnReferences(snap);
  });

  it('an import counts its records for the backup reminder', async () => {
    const w = await seed();
    // The seed's own creates are counted too (in transactions of their own): let them land first.
    await vi.waitFor(async () => expect((await backupFacts()).editsSinceBackup).toBe(7));
    const envelope = await exportBackup([w.id]);
    await getDb().delete();
    await getDb().open();
    const result = await importBackup(envelope, {});
    expect((await backupFacts()).editsSinceBackup).toBe(result.records);
    expect(result.records).toBe(recordCount((await loadSnapshot(w.id))!));
  });
});
