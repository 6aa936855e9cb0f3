// A dependency and its BIA resource are written in one transaction (issue 14): when the resource's
// write fails partway, neither the dependency nor anything else is left behind, and a removal
// whose resource cannot be removed leaves the dependency in place.
import { describe, expect, it, vi } from 'vitest';

let failOn: string | null = null;
vi.mock('../../src/db/records', async (importOriginal) => {
  const actual = await importOriginal<typeof import('../../src/db/records')>();
  const failing =
    <F extends (table: never, ...rest: never[]) => unknown>(f: F) =>
    (table: string, ...rest: unknown[]) => {
      if (table === failOn) throw new Error(`disk full while writing ${table}`);
      return (f as unknown as (...a: unknown[]) => unknown)(table, ...rest);
    };
  return {
    ...actual,
    createRecord: vi.fn(failing(actual.createRecord)),
    softDeleteRecord: vi.fn(failing(actual.softDeleteRecord)),
  };
});

const { addDependency, removeDependency } = await import('../../src/features/risk-areas/data');
const { getRecord, listByWorkbook } = await import('../../src/db/records');
const { createWorkbook } = await import('../../src/db/workbooks');

describe('dependency and resource roll back together', () => {
  it('adding: the resource cannot be written, so the dependency is not either', async () => {
    const w = await createWorkbook({ title: 'Rollback' });
    const before = await getRecord('workbooks', w.id);
    failOn = 'biaResources';
    const outcome = await addDependency(w.id, 'systems', 'ERP');
    failOn = null;
    expect(outcome).toMatchObject({ ok: false, error: { kind: 'failed' } });
    expect(await listByWorkbook('dependencies', w.id)).toEqual([]);
    expect(await listByWorkbook('biaResources', w.id)).toEqual([]);
    expect(await getRecord('workbooks', w.id)).toEqual(before);
  });

  it('removing: the resource cannot be removed, so the dependency stays', async () => {
    const w = await createWorkbook({ title: 'Rollback' });
    const added = await addDependency(w.id, 'people', 'Payroll clerk');
    if (!added.ok) throw new Error('add failed');
    const dep = await getRecord('dependencies', added.value.id);
    const [resource] = await listByWorkbook('biaResources', w.id);
    failOn = 'biaResources';
    const outcome = await removeDependency(dep!.id);
    failOn = null;
    expect(outcome.ok).toBe(false);
    expect(await getRecord('dependencies', dep!.id)).toEqual(dep);
    expect(await getRecord('biaResources', resource!.id)).toEqual(resource);
  });
});
