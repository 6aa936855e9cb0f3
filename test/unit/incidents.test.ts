import { beforeAll, describe, expect, it } from 'vitest';
import { incidentSchema } from '../../src/domain/incident';
import { LessonAlreadyLinkedError, turnLessonIntoAction } from '../../src/db/lessons';
import { createRecord, getRecord, listByWorkbook, RecordNotFoundError } from '../../src/db/records';
import { createWorkbook, loadSnapshot } from '../../src/db/workbooks';
import { getDb } from '../../src/db/db';
import { loadCatalogues, translate } from '../../src/i18n';
import { incidentTimesSchema, newIncidentSchema } from '../../src/features/incidents/form-schemas';

beforeAll(() => loadCatalogues());

describe('incident validation', () => {
  it('refuses an end before the start, with the message beside the end field', () => {
    const r = newIncidentSchema.safeParse({
      title: 'Mail outage',
      startAt: '2026-03-02T10:00',
      endAt: '2026-03-02T09:59',
    });
    expect(r.success).toBe(false);
    expect(r.error!.issues).toEqual([
      expect.objectContaining({ path: ['endAt'], message: 'errors.endBeforeStart' }),
    ]);
    expect(translate('en', 'errors.endBeforeStart')).toBe('The end cannot be before the start.');
    expect(translate('ko', 'errors.endBeforeStart')).toBe('종료 시각이 시작 시각보다 앞설 수 없습니다.');
    // The stored record has the same rule, so nothing bad can be written.
    expect(
      incidentSchema.safeParse({
        id: 'i',
        workbookId: 'w',
        createdAt: '2026-01-01T00:00:00.000Z',
        updatedAt: '2026-01-01T00:00:00.000Z',
        title: 'x',
        startAt: '2026-03-02T10:00',
        endAt: '2026-03-01T10:00',
      }).success,
    ).toBe(false);
  });

  it('accepts an equal or later end, or none (ongoing)', () => {
    expect(
      incidentTimesSchema.safeParse({ startAt: '2026-03-02T10:00', endAt: '2026-03-02T10:00' }).success,
    ).toBe(true);
    expect(incidentTimesSchema.safeParse({ startAt: '2026-03-02T10:00', endAt: null }).success).toBe(true);
    const bad = incidentTimesSchema.safeParse({ startAt: 'yesterday', endAt: null });
    expect(bad.error!.issues[0]!.message).toBe('errors.dateTime');
  });

  it('needs a title', () => {
    const r = newIncidentSchema.safeParse({ title: '', startAt: '2026-03-02T10:00', endAt: null });
    expect(r.error!.issues[0]).toEqual(
      expect.objectContaining({ path: ['title'], message: 'errors.required' }),
    );
  });
});

async function incidentWithLesson() {
  const w = await createWorkbook({ title: 'Incidents' });
  const scenario = await createRecord('scenarios', {
    workbookId: w.id,
    title: 'Email down',
    areas: ['systems'],
  });
  const incident = await createRecord('incidents', {
    workbookId: w.id,
    title: 'Exchange Online outage',
    startAt: '2026-03-02T09:00',
    endAt: '2026-03-02T13:30',
  });
  const lesson = await createRecord('lessons', {
    workbookId: w.id,
    incidentId: incident.id,
    text: 'Keep an SMS list of all staff outside the cloud',
  });
  return { w, scenario, incident, lesson };
}

describe('lesson to mitigation action', () => {
  it('creates the action and links the lesson in one step', async () => {
    const { w, scenario, incident, lesson } = await incidentWithLesson();
    const revBefore = (await getRecord('workbooks', w.id))!.rev;
    const action = await turnLessonIntoAction(lesson.id, scenario.id);
    expect(action).toEqual(
      expect.objectContaining({
        scenarioId: scenario.id,
        action: 'Keep an SMS list of all staff outside the cloud',
        sourceIncidentId: incident.id,
        status: 'open',
      }),
    );
    expect((await getRecord('lessons', lesson.id))!.actionId).toBe(action.id);
    expect(await listByWorkbook('mitigationActions', w.id)).toEqual([action]);
    expect((await getRecord('workbooks', w.id))!.rev).toBeGreaterThan(revBefore);
  });

  it('writes nothing when it cannot complete', async () => {
    const { w, scenario, lesson } = await incidentWithLesson();
    const other = await createWorkbook({ title: 'Other' });
    const foreign = await createRecord('scenarios', { workbookId: other.id, title: 'X', areas: ['people'] });
    await expect(turnLessonIntoAction(lesson.id, foreign.id)).rejects.toBeInstanceOf(RecordNotFoundError);
    await expect(turnLessonIntoAction('missing', scenario.id)).rejects.toBeInstanceOf(RecordNotFoundError);
    expect(await getDb().mitigationActions.count()).toBe(0);
    expect((await getRecord('lessons', lesson.id))!.actionId).toBeNull();

    await turnLessonIntoAction(lesson.id, scenario.id);
    await expect(turnLessonIntoAction(lesson.id, scenario.id)).rejects.toBeInstanceOf(
      LessonAlreadyLinkedError,
    );
    expect(await listByWorkbook('mitigationActions', w.id)).toHaveLength(1);
  });

  it('keeps the links in the workbook snapshot', async () => {
    const { w, scenario, lesson } = await incidentWithLesson();
    const action = await turnLessonIntoAction(lesson.id, scenario.id);
    const snap = (await loadSnapshot(w.id))!;
    expect(snap.lessons[0]!.actionId).toBe(action.id);
    expect(snap.mitigationActions[0]!.sourceIncidentId).toBe(snap.incidents[0]!.id);
  });
});
