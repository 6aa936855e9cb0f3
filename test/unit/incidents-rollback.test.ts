// The lesson-to-action step is one transaction: if linking the lesson fails after the action was
// added, the action is rolled back too.
import { describe, expect, it, vi } from 'vitest';

vi.mock('../../src/db/records', async (importOriginal) => {
  const actual = await importOriginal<typeof import('../../src/db/records')>();
  return {
    ...actual,
    applyPatch: vi.fn(async (table: string, ...rest: unknown[]) => {
      if (table === 'lessons') throw new Error('disk full while linking the lesson');
      return (actual.applyPatch as (...a: unknown[]) => unknown)(table, ...rest);
    }),
  };
});

const { turnLessonIntoAction } = await import('../../src/db/lessons');
const { createRecord, getRecord, listByWorkbook } = await import('../../src/db/records');
const { createWorkbook } = await import('../../src/db/workbooks');

describe('lesson to action rollback', () => {
  it('leaves no action behind when the lesson cannot be linked', async () => {
    const w = await createWorkbook({ title: 'Rollback' });
    const scenario = await createRecord('scenarios', { workbookId: w.id, title: 'S', areas: ['systems'] });
    const incident = await createRecord('incidents', {
      workbookId: w.id,
      title: 'I',
      startAt: '2026-01-01T10:00',
    });
    const lesson = await createRecord('lessons', { workbookId: w.id, incidentId: incident.id, text: 'L' });
    await expect(turnLessonIntoAction(lesson.id, scenario.id)).rejects.toThrow('disk full');
    expect(await listByWorkbook('mitigationActions', w.id)).toEqual([]);
    expect((await getRecord('lessons', lesson.id))!.actionId).toBeNull();
  });
});
