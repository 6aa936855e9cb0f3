// A lesson from an incident review becomes a mitigation action on a scenario, in one step:
// the action is created and the lesson linked to it in the same transaction (both or neither).
import type { MitigationAction } from '../domain/scenario';
import { getDb } from './db';
import { applyPatch, buildRecord, getRecord, nextOrder, RecordNotFoundError, touchWorkbook } from './records';

export class LessonAlreadyLinkedError extends Error {
  constructor(readonly actionId: string) {
    super(`This lesson already became action ${actionId}`);
    this.name = 'LessonAlreadyLinkedError';
  }
}

export async function turnLessonIntoAction(
  lessonId: string,
  scenarioId: string,
  details: Partial<Pick<MitigationAction, 'owner' | 'dueDate'>> = {},
): Promise<MitigationAction> {
  const db = getDb();
  return db.transaction('rw', [db.lessons, db.scenarios, db.mitigationActions, db.workbooks], async () => {
    const lesson = await getRecord('lessons', lessonId);
    if (!lesson || lesson.deletedAt) throw new RecordNotFoundError('lessons', lessonId);
    if (lesson.actionId) throw new LessonAlreadyLinkedError(lesson.actionId);
    const scenario = await getRecord('scenarios', scenarioId);
    if (!scenario || scenario.deletedAt || scenario.workbookId !== lesson.workbookId) {
      throw new RecordNotFoundError('scenarios', scenarioId);
    }
    const action = buildRecord('mitigationActions', {
      workbookId: lesson.workbookId,
      scenarioId,
      order: await nextOrder('mitigationActions', lesson.workbookId),
      action: lesson.text,
      owner: details.owner ?? '',
      dueDate: details.dueDate ?? null,
      sourceIncidentId: lesson.incidentId,
    });
    await db.mitigationActions.add(action);
    await applyPatch('lessons', lessonId, { actionId: action.id });
    await touchWorkbook(lesson.workbookId);
    return action;
  });
}
