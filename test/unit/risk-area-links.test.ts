// A risk-area dependency added after the upgrade gets its BIA resource in the same transaction
// (issue 14): made, or an existing same-named resource of its area linked; a rename follows only
// while the names agree; a removal takes the resource along only when nothing in the BIA needs it,
// and Undo restores exactly what went; imports carry the rows and make no second resource.
import { describe, expect, it } from 'vitest';
import { applyImport, exportBackup, parseBackup, serializeBackup } from '../../src/db/backup';
import { flushSaves, queuePatch } from '../../src/db/autosave';
import { getDb } from '../../src/db/db';
import { createRecord, getRecord, listByWorkbook } from '../../src/db/records';
import { createWorkbook } from '../../src/db/workbooks';
import { resourcesFollowingName, resourceToLink, resourceUse } from '../../src/domain/bia-links';
import {
  addDependency,
  linkDependency,
  removeDependency,
  restoreDependency,
} from '../../src/features/risk-areas/data';
import { valueOf } from './helpers/outcome';

/** A record without what every write changes (rev, updatedAt). */
const content = (r: object | null) => {
  const { rev: _r, updatedAt: _u, ...rest } = r as Record<string, unknown>;
  return rest;
};

async function links(workbookId: string) {
  const resources = await listByWorkbook('biaResources', workbookId);
  return resources.map((r) => [r.name, r.area, r.kind, r.riskDependencyId]);
}

describe('adding a dependency links its BIA resource', () => {
  it('makes a resource in its area with its name, linked back, in the same write', async () => {
    const w = await createWorkbook({ title: 'Links' });
    const dep = await valueOf(addDependency(w.id, 'people', '  급여 담당자 '));
    expect(dep).toMatchObject({ name: '급여 담당자', area: 'people' });
    expect(await links(w.id)).toEqual([['급여 담당자', 'people', 'people', dep.id]]);
    const [r] = await listByWorkbook('biaResources', w.id);
    expect(r).toMatchObject({ recoveryHours: null, notes: '', processId: null, deletedAt: null });
  });

  it('links an existing same-named resource of the same area instead of making a second', async () => {
    const w = await createWorkbook({ title: 'Links' });
    const erp = await createRecord('biaResources', {
      workbookId: w.id,
      name: 'ERP',
      kind: 'supplier',
      area: 'systems',
      recoveryHours: 8,
    });
    const elsewhere = await createRecord('biaResources', { workbookId: w.id, name: 'ERP', area: 'location' });
    const dep = await valueOf(addDependency(w.id, 'systems', ' erp'));
    expect(await listByWorkbook('biaResources', w.id)).toHaveLength(2);
    expect(await getRecord('biaResources', erp.id)).toMatchObject({
      riskDependencyId: dep.id,
      kind: 'supplier',
      recoveryHours: 8,
      name: 'ERP',
    });
    expect((await getRecord('biaResources', elsewhere.id))!.riskDependencyId).toBeNull();
  });

  it('refuses a second entry of the same name in the area, writing nothing', async () => {
    const w = await createWorkbook({ title: 'Links' });
    await valueOf(addDependency(w.id, 'systems', 'VPN'));
    const before = await getRecord('workbooks', w.id);
    const outcome = await addDependency(w.id, 'systems', 'vpn ');
    expect(outcome).toMatchObject({ ok: false, error: { reasonKey: 'save.invalid' } });
    expect(await listByWorkbook('dependencies', w.id)).toHaveLength(1);
    expect(await listByWorkbook('biaResources', w.id)).toHaveLength(1);
    expect(await getRecord('workbooks', w.id)).toEqual(before);
    // The same name in another area is another thing (the office LAN as a site, say).
    await valueOf(addDependency(w.id, 'location', 'VPN'));
    expect(await links(w.id)).toHaveLength(2);
  });

  it('a dependency whose resource was removed in the BIA can be put back in it', async () => {
    const w = await createWorkbook({ title: 'Links' });
    const dep = await valueOf(addDependency(w.id, 'location', 'Head office'));
    const [r] = await listByWorkbook('biaResources', w.id);
    await getDb().biaResources.update(r!.id, { deletedAt: '2026-12-03T00:00:00.000Z' });
    const again = await valueOf(linkDependency(dep.id));
    expect(again.id).not.toBe(r!.id);
    expect(await links(w.id)).toEqual([['Head office', 'location', 'location', dep.id]]);
    // Asked twice (two tabs), still one.
    expect((await valueOf(linkDependency(dep.id))).id).toBe(again.id);
    expect(await listByWorkbook('biaResources', w.id)).toHaveLength(1);
  });
});

describe('renaming a dependency', () => {
  it('the resources that still carry its name follow; one renamed in the BIA keeps its own', () => {
    const linked = [
      { id: 'a', name: 'Payroll clerk ' },
      { id: 'b', name: 'Payroll clerk (Seoul office)' },
    ];
    expect(resourcesFollowingName('Payroll clerk', linked)).toEqual(['a']);
    expect(resourcesFollowingName('Payroll', linked)).toEqual([]);
  });

  it('the name and the resource’s name queued in one tick land in one transaction', async () => {
    const w = await createWorkbook({ title: 'Links' });
    const dep = await valueOf(addDependency(w.id, 'people', 'Payroll clerk'));
    const [r] = await listByWorkbook('biaResources', w.id);
    const rev = (await getRecord('workbooks', w.id))!.rev;
    queuePatch('dependencies', dep.id, { name: 'Payroll team' }, { baseRev: dep.rev });
    queuePatch('biaResources', r!.id, { name: 'Payroll team' }, { baseRev: r!.rev });
    await flushSaves();
    expect((await getRecord('dependencies', dep.id))!.name).toBe('Payroll team');
    expect((await getRecord('biaResources', r!.id))!.name).toBe('Payroll team');
    // One batch: the workbook's revision rose once for the two records.
    expect((await getRecord('workbooks', w.id))!.rev).toBe(rev + 1);
  });
});

describe('removing a dependency, and Undo', () => {
  it('takes an unused resource along; Undo brings both back exactly', async () => {
    const w = await createWorkbook({ title: 'Links' });
    const dep = await valueOf(addDependency(w.id, 'systems', 'Mail'));
    const [r] = await listByWorkbook('biaResources', w.id);
    const removal = await valueOf(removeDependency(dep.id));
    expect(removal).toEqual({ removedResourceIds: [r!.id], kept: [] });
    expect(await listByWorkbook('dependencies', w.id)).toEqual([]);
    expect(await listByWorkbook('biaResources', w.id)).toEqual([]);
    await valueOf(restoreDependency(dep.id, removal));
    expect(content(await getRecord('dependencies', dep.id))).toEqual(content(dep));
    expect(content(await getRecord('biaResources', r!.id))).toEqual(content(r!));
  });

  it('keeps a resource processes depend on, says how many, and Undo leaves it untouched', async () => {
    const w = await createWorkbook({ title: 'Links' });
    const dep = await valueOf(addDependency(w.id, 'systems', 'ERP'));
    const [r] = await listByWorkbook('biaResources', w.id);
    for (const name of ['Payroll', 'Invoicing']) {
      const p = await createRecord('biaProcesses', { workbookId: w.id, name });
      await createRecord('biaDependencies', { workbookId: w.id, processId: p.id, resourceId: r!.id });
    }
    const stored = await getRecord('biaResources', r!.id);
    const removal = await valueOf(removeDependency(dep.id));
    expect(removal).toEqual({ removedResourceIds: [], kept: [{ name: 'ERP', processes: 2 }] });
    expect(await getRecord('biaResources', r!.id)).toEqual(stored);
    await valueOf(restoreDependency(dep.id, removal));
    expect(content(await getRecord('dependencies', dep.id))).toEqual(content(dep));
    expect(await getRecord('biaResources', r!.id)).toEqual(stored);
  });

  it('keeps a resource the planner gave a recovery time; adding the name again links it, no second one', async () => {
    const w = await createWorkbook({ title: 'Links' });
    const dep = await valueOf(addDependency(w.id, 'location', 'Data centre'));
    const [r] = await listByWorkbook('biaResources', w.id);
    await getDb().biaResources.update(r!.id, { recoveryHours: 48 });
    expect(await valueOf(removeDependency(dep.id))).toEqual({
      removedResourceIds: [],
      kept: [{ name: 'Data centre', processes: 0 }],
    });
    const again = await valueOf(addDependency(w.id, 'location', 'Data centre'));
    expect(await links(w.id)).toEqual([['Data centre', 'location', 'location', again.id]]);
    expect((await getRecord('biaResources', r!.id))!.recoveryHours).toBe(48);
  });

  it('the rule: anything in the BIA that refers to the resource keeps it', () => {
    const r = { id: 'r', recoveryHours: null, headcount: null, kind: 'systems' as const };
    const empty = { dependencies: [], alternatives: [], scenarioImpacts: [], processes: [] };
    expect(resourceUse(r, empty)).toEqual({ removable: true, processes: 0 });
    const needs = { processId: null, dependentResourceId: 'other', resourceId: 'r' };
    expect(resourceUse(r, { ...empty, dependencies: [needs] }).removable).toBe(false);
    expect(resourceUse(r, { ...empty, alternatives: [{ resourceId: 'r' }] }).removable).toBe(false);
    expect(resourceUse(r, { ...empty, scenarioImpacts: [{ resourceId: 'r' }] })).toEqual({
      removable: false,
      processes: 0,
    });
    expect(resourceUse(r, { ...empty, processes: [{ id: 'p', siteResourceIds: ['r'] }] })).toEqual({
      removable: false,
      processes: 1,
    });
    expect(resourceUse({ ...r, headcount: 3 }, empty).removable).toBe(false);
  });

  it('the link rule: a resource standing for another live dependency is not taken over', () => {
    const dep = { id: 'd2', workbookId: 'w', area: 'systems' as const, name: 'ERP' };
    const r = { id: 'r', workbookId: 'w', area: 'systems' as const, name: 'ERP', deletedAt: null };
    expect(resourceToLink(dep, [{ ...r, riskDependencyId: 'd1' }], new Set(['d1']))).toBeUndefined();
    expect(resourceToLink(dep, [{ ...r, riskDependencyId: 'd1' }], new Set())?.id).toBe('r');
    expect(
      resourceToLink(dep, [{ ...r, riskDependencyId: null, deletedAt: 'x' }], new Set()),
    ).toBeUndefined();
    expect(
      resourceToLink(dep, [{ ...r, riskDependencyId: null, workbookId: 'v' }], new Set()),
    ).toBeUndefined();
  });
});

describe('imports make no second resource', () => {
  it('a backup added, copied and replaced keeps one resource per dependency, linked to it', async () => {
    const w = await createWorkbook({ title: 'Links' });
    await valueOf(addDependency(w.id, 'people', 'Payroll clerk'));
    await valueOf(addDependency(w.id, 'systems', 'ERP'));
    const parsed = parseBackup(serializeBackup(await exportBackup([w.id])));
    if (!parsed.ok) throw new Error('backup did not read');
    const oneEach = async (workbookId: string) => {
      const deps = await listByWorkbook('dependencies', workbookId);
      const resources = await listByWorkbook('biaResources', workbookId);
      expect(resources.map((r) => r.riskDependencyId).sort()).toEqual(deps.map((d) => d.id).sort());
      expect(resources).toHaveLength(2);
    };
    const [copy] = await applyImport(parsed.envelope, { [w.id]: 'copy' }, ' (copy)');
    expect(copy).not.toBe(w.id);
    await oneEach(copy!);
    await applyImport(parsed.envelope, { [w.id]: 'replace' });
    await oneEach(w.id);
    await getDb().delete();
    await getDb().open();
    await applyImport(parsed.envelope, {});
    await oneEach(w.id);
  });
});
