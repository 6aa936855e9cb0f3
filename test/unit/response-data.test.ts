// The response data module: named operations through the guarded write path, an escalation loop
// refused with nothing written, the template copied in order, a keyboard reorder written in one
// go, and a bulk status change on the one action list.
import { describe, expect, it } from 'vitest';
import { addRecord } from '../../src/db/guarded-write';
import { listByWorkbook } from '../../src/db/records';
import { createWorkbook, loadSnapshot } from '../../src/db/workbooks';
import { orderedSteps } from '../../src/domain/response-rules';
import {
  addCriterion,
  addDefaultRoles,
  addProcedure,
  addRole,
  addStep,
  copyTemplateSteps,
  moveProcedureStep,
  removeCriterion,
  removeRole,
  removeStep,
  restoreCriterion,
  restoreRole,
  restoreStep,
  setActionsStatus,
  setEscalation,
} from '../../src/features/response/data';
import { valueOf } from './helpers/outcome';

describe('response data module', () => {
  it('adds a criterion; a threshold that is not a number is refused as an outcome, nothing stored', async () => {
    const w = await createWorkbook({ title: 'W' });
    const c = await valueOf(addCriterion(w.id, { condition: 'Mail down', threshold: 4, unit: 'hours' }));
    expect([c.condition, c.threshold, c.unit]).toEqual(['Mail down', 4, 'hours']);
    const bad = await addCriterion(w.id, { condition: 'x', threshold: NaN, unit: 'hours' });
    expect(bad.ok).toBe(false);
    expect((await listByWorkbook('responseCriteria', w.id)).map((r) => r.condition)).toEqual(['Mail down']);
  });

  it('refuses an escalation that loops, writes the one that does not', async () => {
    const w = await createWorkbook({ title: 'W' });
    const a = await valueOf(addRole(w.id, 'incident_lead'));
    const b = await valueOf(addRole(w.id, 'custom', 'CIO'));
    expect((await setEscalation([a, b], a.id, b.id, 15)).ok).toBe(true);
    const roles = await listByWorkbook('responseRoles', w.id);
    expect(await setEscalation(roles, b.id, a.id, 10)).toEqual({
      ok: false,
      messageKey: 'response.errors.loop',
    });
    const after = await listByWorkbook('responseRoles', w.id);
    expect(after.map((r) => [r.id, r.escalatesToRoleId, r.escalateAfterMinutes])).toEqual([
      [a.id, b.id, 15],
      [b.id, null, null],
    ]);
  });

  it('remove hides a role and undo brings it back', async () => {
    const w = await createWorkbook({ title: 'W' });
    const r = await valueOf(addRole(w.id, 'facilities'));
    await valueOf(removeRole(r.id));
    expect((await loadSnapshot(w.id))!.responseRoles.filter((x) => x.deletedAt === null)).toEqual([]);
    await valueOf(restoreRole(r.id));
    expect((await loadSnapshot(w.id))!.responseRoles.map((x) => x.deletedAt)).toEqual([null]);
  });

  it('copies the template after existing steps and reorders with move up/down', async () => {
    const w = await createWorkbook({ title: 'W' });
    const lead = await valueOf(addRole(w.id, 'incident_lead'));
    const proc = await valueOf(addProcedure(w.id, 'Payroll by hand', { processId: 'p1' }));
    await valueOf(addStep(w.id, proc.id, 'Call the bank', lead.id, 0));
    const copied = await valueOf(copyTemplateSteps(w.id, proc.id, [lead], (k) => `T:${k}`));
    expect(copied.map((s) => [s.order, s.action, s.roleId])).toEqual([
      [1, 'T:declare', lead.id],
      [2, 'T:informStaff', null],
      [3, 'T:assess', null],
      [4, 'T:workaround', null],
      [5, 'T:provider', null],
      [6, 'T:standDown', lead.id],
      [7, 'T:reconcile', null],
    ]);
    let steps = await listByWorkbook('procedureSteps', w.id);
    const declare = steps.find((s) => s.action === 'T:declare')!;
    expect(await valueOf(moveProcedureStep(steps, declare.id, -1))).toBe(2);
    steps = await listByWorkbook('procedureSteps', w.id);
    expect(
      orderedSteps(steps)
        .map((s) => s.action)
        .slice(0, 3),
    ).toEqual(['T:declare', 'Call the bank', 'T:informStaff']);
    expect(await valueOf(moveProcedureStep(steps, declare.id, -1))).toBe(0);
  });

  it('changes the status of several actions at once', async () => {
    const w = await createWorkbook({ title: 'W' });
    const s = await valueOf(
      addRecord('scenarios', { workbookId: w.id, title: 'Outage', areas: ['systems'] }),
    );
    const a1 = await valueOf(
      addRecord('mitigationActions', { workbookId: w.id, scenarioId: s.id, action: 'A' }),
    );
    const a2 = await valueOf(
      addRecord('mitigationActions', { workbookId: w.id, scenarioId: s.id, action: 'B' }),
    );
    await valueOf(addRecord('mitigationActions', { workbookId: w.id, scenarioId: s.id, action: 'C' }));
    expect(await valueOf(setActionsStatus([a1.id, a2.id], 'done'))).toBe(2);
    const all = await listByWorkbook('mitigationActions', w.id);
    expect(all.map((a) => [a.action, a.status])).toEqual([
      ['A', 'done'],
      ['B', 'done'],
      ['C', 'open'],
    ]);
  });

  it('adds the default roles in one go, each with its kind, name and responsibilities', async () => {
    const w = await createWorkbook({ title: 'W' });
    const added = await valueOf(
      addDefaultRoles(w.id, [
        { kind: 'incident_lead', name: '', responsibilities: 'Declares' },
        { kind: 'custom', name: '우리 역할', responsibilities: 'Ours' },
      ]),
    );
    expect(added).toHaveLength(2);
    expect(
      (await listByWorkbook('responseRoles', w.id)).map((r) => [r.kind, r.name, r.responsibilities]),
    ).toEqual([
      ['incident_lead', '', 'Declares'],
      ['custom', '우리 역할', 'Ours'],
    ]);
  });

  it('copies a named template; removes and restores a step and a criterion', async () => {
    const w = await createWorkbook({ title: 'W' });
    const lead = await valueOf(addRole(w.id, 'people_welfare'));
    const proc = await valueOf(addProcedure(w.id, 'Snow', { scenarioId: 's1' }));
    const copied = await valueOf(copyTemplateSteps(w.id, proc.id, [lead], (k) => k, 'staffShortage'));
    expect(copied.map((s) => [s.order, s.action, s.roleId === lead.id])).toEqual([
      [0, 'declare', false],
      [1, 'whoCanWork', true],
      [2, 'prioritise', false],
      [3, 'cover', false],
      [4, 'standDown', false],
      [5, 'wellbeing', true],
    ]);
    await valueOf(removeStep(copied[1]!.id));
    expect((await listByWorkbook('procedureSteps', w.id)).map((s) => s.action)).not.toContain('whoCanWork');
    await valueOf(restoreStep(copied[1]!.id));
    expect((await listByWorkbook('procedureSteps', w.id)).map((s) => s.action)).toContain('whoCanWork');
    const c = await valueOf(addCriterion(w.id, { condition: 'Site down', threshold: 1, unit: 'sites' }));
    await valueOf(removeCriterion(c.id));
    expect(await listByWorkbook('responseCriteria', w.id)).toEqual([]);
    await valueOf(restoreCriterion(c.id));
    expect((await listByWorkbook('responseCriteria', w.id)).map((r) => r.condition)).toEqual(['Site down']);
  });
});
