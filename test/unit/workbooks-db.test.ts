import { describe, expect, it } from 'vitest';
import { defaultResponsibilityCatalogue } from '../../src/domain/responsibility';
import { providerChannelKinds } from '../../src/domain/communications';
import { createRecord, getRecord, listByWorkbook, patchRecord } from '../../src/db/records';
import {
  createWorkbook,
  deleteWorkbook,
  duplicateWorkbook,
  listWorkbooks,
  loadSnapshot,
  undoDeleteWorkbook,
} from '../../src/db/workbooks';

describe('workbooks in the database', () => {
  it('creates a workbook with the default catalogue and provider channels', async () => {
    const w = await createWorkbook({ title: '본사 연속성 계획', organisation: 'Contoso' });
    const items = await listByWorkbook('responsibilities', w.id);
    expect(items.map((i) => i.catalogueKey)).toEqual(defaultResponsibilityCatalogue.map((c) => c.key));
    const channels = await listByWorkbook('providerChannels', w.id);
    expect(channels.map((c) => c.kind)).toEqual([...providerChannelKinds]);
    expect((await listWorkbooks()).map((x) => x.title)).toEqual(['본사 연속성 계획']);
  });

  it('patches bump rev and updatedAt, and raise the workbook revision', async () => {
    const w = await createWorkbook({ title: 'Plan' });
    const s = await createRecord('scenarios', { workbookId: w.id, title: 'Snowstorm', areas: ['people'] });
    const before = (await getRecord('workbooks', w.id))!.rev;
    const next = await patchRecord('scenarios', s.id, { impact: 5 });
    expect(next.rev).toBe(1);
    expect(next.impact).toBe(5);
    expect(next.title).toBe('Snowstorm');
    expect((await getRecord('workbooks', w.id))!.rev).toBe(before + 1);
  });

  it('refuses a patch that breaks the schema and leaves the record alone', async () => {
    const w = await createWorkbook({ title: 'Plan' });
    await expect(patchRecord('workbooks', w.id, { title: '' })).rejects.toThrow(/errors.required/);
    expect((await getRecord('workbooks', w.id))!.title).toBe('Plan');
  });

  it('deletes softly and undoes', async () => {
    const w = await createWorkbook({ title: 'Plan' });
    await deleteWorkbook(w.id);
    expect(await listWorkbooks()).toEqual([]);
    await undoDeleteWorkbook(w.id);
    expect((await listWorkbooks()).map((x) => x.id)).toEqual([w.id]);
  });

  it('duplicates every record with new ids and references kept inside the copy', async () => {
    const w = await createWorkbook({ title: 'Plan' });
    const dep = await createRecord('dependencies', { workbookId: w.id, area: 'systems', name: 'VPN' });
    const s = await createRecord('scenarios', {
      workbookId: w.id,
      title: 'VPN down',
      areas: ['systems'],
      affectedDependencyIds: [dep.id],
    });
    await createRecord('mitigationActions', {
      workbookId: w.id,
      scenarioId: s.id,
      action: 'Second concentrator',
    });
    const copy = (await duplicateWorkbook(w.id, ' (copy)'))!;
    expect(copy.title).toBe('Plan (copy)');
    const snap = (await loadSnapshot(copy.id))!;
    expect(snap.scenarios).toHaveLength(1);
    expect(snap.scenarios[0]!.id).not.toBe(s.id);
    expect(snap.scenarios[0]!.affectedDependencyIds).toEqual([snap.dependencies[0]!.id]);
    expect(snap.mitigationActions[0]!.scenarioId).toBe(snap.scenarios[0]!.id);
    expect(snap.responsibilities).toHaveLength(defaultResponsibilityCatalogue.length);
    // The original is untouched.
    expect((await loadSnapshot(w.id))!.scenarios[0]!.id).toBe(s.id);
  });

  it('places a new child record after the others, also when two are added at once', async () => {
    const w = await createWorkbook({ title: 'Plan' });
    const [a, b] = await Promise.all([
      createRecord('dependencies', { workbookId: w.id, area: 'people', name: 'Helpdesk' }),
      createRecord('dependencies', { workbookId: w.id, area: 'people', name: 'Engineers' }),
    ]);
    expect(new Set([a.order, b.order]).size).toBe(2);
    const c = await createRecord('dependencies', {
      workbookId: w.id,
      area: 'people',
      name: 'Pinned',
      order: 0.5,
    });
    expect(c.order).toBe(0.5);
    expect((await listByWorkbook('dependencies', w.id)).map((d) => d.name)).toEqual([
      'Pinned',
      ...[a, b].sort((x, y) => x.order - y.order).map((d) => d.name),
    ]);
  });
});
