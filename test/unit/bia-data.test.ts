// The BIA data module: named operations through the guarded write path (outcomes, never throws),
// dependencies from a process or from a resource, soft delete with undo, and a round trip of the
// five BIA tables through backup export and import.
import { describe, expect, it } from 'vitest';
import { applyImport, exportBackup, parseBackup, serializeBackup } from '../../src/db/backup';
import { getDb } from '../../src/db/db';
import { listByWorkbook } from '../../src/db/records';
import { createWorkbook, loadSnapshot } from '../../src/db/workbooks';
import {
  addAlternative,
  addDependency,
  addProcess,
  addResource,
  removeProcess,
  restoreProcess,
  setWorkbookCurrency,
} from '../../src/features/bia/data';
import { valueOf } from './helpers/outcome';

describe('BIA data module', () => {
  it('adds processes, resources, alternatives and both kinds of dependency', async () => {
    const w = await createWorkbook({ title: 'W' });
    const payroll = await valueOf(addProcess(w.id, '급여', 'KRW'));
    const erp = await valueOf(addResource(w.id, 'ERP'));
    const net = await valueOf(addResource(w.id, 'Network'));
    await valueOf(addAlternative(w.id, erp.id, 'Manual run'));
    const d1 = await valueOf(addDependency(w.id, `p:${payroll.id}`, erp.id));
    const d2 = await valueOf(addDependency(w.id, `r:${erp.id}`, net.id));
    expect([d1.processId, d1.dependentResourceId, d1.resourceId]).toEqual([payroll.id, null, erp.id]);
    expect([d2.processId, d2.dependentResourceId, d2.resourceId]).toEqual([null, erp.id, net.id]);
    expect((await listByWorkbook('biaAlternatives', w.id)).map((a) => a.name)).toEqual(['Manual run']);
  });

  it("the workbook's currency (KRW unless changed) is what new processes take", async () => {
    const w = await createWorkbook({ title: 'W' });
    expect(w.currency).toBe('KRW');
    await valueOf(setWorkbookCurrency(w.id, 'USD'));
    const stored = (await loadSnapshot(w.id))!.workbook;
    expect(stored.currency).toBe('USD');
    const p = await valueOf(addProcess(w.id, 'Sales', stored.currency));
    expect(p.currency).toBe('USD');
  });

  it('a blank name is refused as an outcome, nothing stored', async () => {
    const w = await createWorkbook({ title: 'W' });
    const outcome = await addProcess(w.id, '   ', 'KRW');
    expect(outcome.ok).toBe(false);
    expect(await listByWorkbook('biaProcesses', w.id)).toEqual([]);
  });

  it('remove hides a process and undo brings it back', async () => {
    const w = await createWorkbook({ title: 'W' });
    const p = await valueOf(addProcess(w.id, 'Sales', 'KRW'));
    await valueOf(removeProcess(p.id));
    expect(await listByWorkbook('biaProcesses', w.id)).toEqual([]);
    await valueOf(restoreProcess(p.id));
    expect((await listByWorkbook('biaProcesses', w.id)).map((x) => x.name)).toEqual(['Sales']);
  });

  it('the BIA tables round-trip through a backup', async () => {
    const w = await createWorkbook({ title: 'W' });
    const p = await valueOf(addProcess(w.id, 'Payroll', 'KRW'));
    const r = await valueOf(addResource(w.id, 'ERP'));
    await valueOf(addDependency(w.id, `p:${p.id}`, r.id));
    const before = (await loadSnapshot(w.id))!;
    const text = serializeBackup(await exportBackup([w.id]));
    await getDb().biaDependencies.clear();
    const parsed = parseBackup(text);
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.problem));
    await applyImport(parsed.envelope, { [w.id]: 'replace' });
    const after = (await loadSnapshot(w.id))!;
    expect(after.biaProcesses).toEqual(before.biaProcesses);
    expect(after.biaDependencies).toEqual(before.biaDependencies);
  });
});
