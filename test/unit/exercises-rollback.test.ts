// The finding-to-action step and the finish of a tabletop are each one transaction: when the last
// write fails, nothing of the step is left behind.
import { describe, expect, it, vi } from 'vitest';

vi.mock('../../src/db/records', async (importOriginal) => {
  const actual = await importOriginal<typeof import('../../src/db/records')>();
  return {
    ...actual,
    applyPatch: vi.fn(async (table: string, ...rest: unknown[]) => {
      if (table === 'exerciseFindings') throw new Error('disk full while linking the finding');
      if (table === 'tabletopRuns') throw new Error('disk full while closing the run');
      return (actual.applyPatch as (...a: unknown[]) => unknown)(table, ...rest);
    }),
  };
});

const { finishTabletopRun, turnFindingIntoAction } = await import('../../src/db/exercises');
const { createRecord, getRecord, listByWorkbook } = await import('../../src/db/records');
const { createWorkbook } = await import('../../src/db/workbooks');

describe('exercise transactions roll back', () => {
  it('leaves no action behind when the finding cannot be linked', async () => {
    const w = await createWorkbook({ title: 'Rollback' });
    const scenario = await createRecord('scenarios', { workbookId: w.id, title: 'S', areas: ['systems'] });
    const exercise = await createRecord('exercises', { workbookId: w.id, title: 'E', date: '2026-03-02' });
    const finding = await createRecord('exerciseFindings', {
      workbookId: w.id,
      exerciseId: exercise.id,
      text: '비상 연락망이 오래됨',
    });
    await expect(turnFindingIntoAction(finding.id, scenario.id)).rejects.toThrow('disk full');
    expect(await listByWorkbook('mitigationActions', w.id)).toEqual([]);
    expect((await getRecord('exerciseFindings', finding.id))!.actionId).toBeNull();
  });

  it('leaves no exercise or finding behind when the run cannot be closed', async () => {
    const w = await createWorkbook({ title: 'Rollback' });
    const scenario = await createRecord('scenarios', { workbookId: w.id, title: 'S', areas: ['systems'] });
    const run = await createRecord('tabletopRuns', {
      workbookId: w.id,
      scenarioId: scenario.id,
      state: 'running',
      decisions: [
        {
          key: 'd1',
          atSeconds: 60,
          injectKey: null,
          decision: 'Declare',
          owner: 'Kim',
          reasoning: '',
          followUp: 'Fix the list',
        },
      ],
    });
    await expect(finishTabletopRun(run.id, 'Tabletop', '2026-03-02')).rejects.toThrow('disk full');
    expect(await listByWorkbook('exercises', w.id)).toEqual([]);
    expect(await listByWorkbook('exerciseFindings', w.id)).toEqual([]);
    expect((await getRecord('tabletopRuns', run.id))!.state).toBe('running');
  });
});
