// The relation table (src/domain/relations.ts) against the schemas: a new id-reference field that
// the table does not list fails here, so the copy, the import repair and the fuzz test stay complete.
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { createRecord, patchRecord } from '../../src/db/records';
import { copyWithNewIds, createWorkbook, loadSnapshot } from '../../src/db/workbooks';
import { nonReferenceIdFields, relations, remapRecord } from '../../src/domain/relations';
import { tableNames, tableSchemas, type TableName } from '../../src/domain/tables';

/** The field names of a table's schema (object schemas, possibly with a refine). */
function fieldsOf(table: TableName): string[] {
  const schema = tableSchemas[table] as unknown as z.ZodObject;
  return Object.keys(schema.shape);
}

const looksLikeReference = (field: string) => field !== 'id' && /(Id|Ids)$/.test(field);

describe('the relation table', () => {
  it.each(tableNames)('lists every id-reference field of %s', (table) => {
    const listed = [
      ...relations.filter((r) => r.table === table).map((r) => r.field),
      ...nonReferenceIdFields.filter((r) => r.table === table).map((r) => r.field),
    ].sort();
    expect(listed).toEqual(fieldsOf(table).filter(looksLikeReference).sort());
  });

  it('names only fields and tables that exist', () => {
    for (const r of relations) {
      expect(fieldsOf(r.table), `${r.table}.${r.field}`).toContain(r.field);
      expect(tableNames).toContain(r.target);
    }
  });

  it('remaps ids, references, lists and derived ids; leaves ids without a mapping alone', () => {
    const maps = {
      workbooks: new Map([['w1', 'w2']]),
      scenarios: new Map([['s1', 's2']]),
      dependencies: new Map([['d1', 'd2']]),
    };
    expect(
      remapRecord('scenarios', { id: 's1', workbookId: 'w1', affectedDependencyIds: ['d1', 'dx'] }, maps),
    ).toEqual({ id: 's2', workbookId: 'w2', affectedDependencyIds: ['d2', 'dx'] });
    expect(remapRecord('policyChecks', { id: 'p1', workbookId: 'w1', scenarioId: 's1' }, maps)).toEqual({
      id: 'p1',
      workbookId: 'w2',
      scenarioId: 's2',
    });
    expect(
      remapRecord(
        'areaAnswers',
        { id: 'w1:q:peopleKeyRoles', workbookId: 'w1', questionKey: 'peopleKeyRoles' },
        maps,
      ),
    ).toEqual({ id: 'w2:q:peopleKeyRoles', workbookId: 'w2', questionKey: 'peopleKeyRoles' });
  });

  it('a duplicated workbook points only at its own records, in every relation', async () => {
    const w = await createWorkbook({ title: 'Plan' });
    const dep = await createRecord('dependencies', { workbookId: w.id, area: 'systems', name: 'VPN' });
    const s = await createRecord('scenarios', {
      workbookId: w.id,
      title: 'Snow',
      areas: ['people'],
      affectedDependencyIds: [dep.id],
    });
    await createRecord('policyChecks', { workbookId: w.id, scenarioId: s.id, statement: 'Laptops' });
    const inc = await createRecord('incidents', {
      workbookId: w.id,
      title: 'Out',
      startAt: '2026-01-05T09:00',
    } as never);
    const act = await createRecord('mitigationActions', {
      workbookId: w.id,
      scenarioId: s.id,
      action: 'Buy',
      sourceIncidentId: inc.id,
    });
    await createRecord('lessons', { workbookId: w.id, incidentId: inc.id, text: 'L', actionId: act.id });
    const boss = await createRecord('contacts', { workbookId: w.id, name: 'Boss' } as never);
    await createRecord('contacts', { workbookId: w.id, name: 'Kim', calledById: boss.id } as never);
    const site = await createRecord('biaResources', {
      workbookId: w.id,
      name: 'HQ',
      riskDependencyId: dep.id,
    });
    const proc = await createRecord('biaProcesses', {
      workbookId: w.id,
      name: 'Payroll',
      ownerContactId: boss.id,
      deputyContactId: boss.id,
      siteResourceIds: [site.id],
    });
    const asProcess = await createRecord('biaResources', { workbookId: w.id, name: 'P', processId: proc.id });
    await createRecord('biaAlternatives', { workbookId: w.id, resourceId: site.id, name: 'Home' });
    await createRecord('biaDependencies', { workbookId: w.id, processId: proc.id, resourceId: site.id });
    await createRecord('biaDependencies', {
      workbookId: w.id,
      dependentResourceId: asProcess.id,
      resourceId: site.id,
    });
    await createRecord('biaScenarioImpacts', { workbookId: w.id, scenarioId: s.id, resourceId: site.id });
    const kim = (await loadSnapshot(w.id))!.contacts.find((c) => c.name === 'Kim')!;
    await patchRecord('scenarios', s.id, { ownerContactId: kim.id });
    const chief = await createRecord('responseRoles', { workbookId: w.id, name: 'Chief' });
    const lead = await createRecord('responseRoles', {
      workbookId: w.id,
      kind: 'incident_lead',
      primaryContactId: boss.id,
      alternateContactIds: [kim.id],
      escalatesToRoleId: chief.id,
    });
    const runbook = await createRecord('responseProcedures', {
      workbookId: w.id,
      title: 'Payroll by hand',
      processId: proc.id,
      scenarioId: s.id,
      ownerContactId: boss.id,
    });
    await createRecord('procedureSteps', {
      workbookId: w.id,
      procedureId: runbook.id,
      roleId: lead.id,
      action: 'Declare',
    });
    // Exercises (issue 15): scope lists, results, a finding linked to its action, a finished run.
    const drill = await createRecord('exercises', {
      workbookId: w.id,
      title: 'Drill',
      date: '2026-03-02',
      scenarioIds: [s.id],
      processIds: [proc.id],
      roleIds: [lead.id],
    });
    await createRecord('exerciseObjectives', { workbookId: w.id, exerciseId: drill.id, text: 'Declare' });
    await createRecord('exerciseRecoveries', { workbookId: w.id, exerciseId: drill.id, processId: proc.id });
    const fromDrill = await createRecord('mitigationActions', {
      workbookId: w.id,
      scenarioId: s.id,
      action: 'Fix',
      sourceExerciseId: drill.id,
    });
    await createRecord('exerciseFindings', {
      workbookId: w.id,
      exerciseId: drill.id,
      text: 'Fix',
      actionId: fromDrill.id,
    });
    await createRecord('tabletopRuns', { workbookId: w.id, scenarioId: s.id, exerciseId: drill.id });
    const copy = copyWithNewIds((await loadSnapshot(w.id))!);
    const originalIds = new Set<string>([w.id]);
    const snap = (await loadSnapshot(w.id))!;
    for (const r of relations) for (const rec of snap[r.table] as { id: string }[]) originalIds.add(rec.id);
    for (const r of relations) {
      const records = copy[r.table] as unknown as Record<string, unknown>[];
      if (r.kind !== 'owner') expect(records.length, r.table).toBeGreaterThan(0);
      for (const rec of records) {
        const value = rec[r.field];
        const ids = Array.isArray(value) ? value : value === null ? [] : [value];
        const targetIds = new Set(
          r.target === 'workbooks'
            ? [copy.workbook.id]
            : (copy[r.target] as { id: string }[]).map((x) => x.id),
        );
        for (const id of ids) {
          expect(originalIds.has(id as string), `${r.table}.${r.field}`).toBe(false);
          expect(targetIds.has(id as string), `${r.table}.${r.field}`).toBe(true);
        }
      }
    }
  });
});
