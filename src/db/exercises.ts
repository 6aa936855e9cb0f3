// Exercise writes that touch several tables at once, each in one transaction (all or nothing):
// a finding becomes a mitigation action linked both ways (as a lesson does, db/lessons.ts), and a
// finished tabletop run becomes an exercise record with a finding per follow-up in its decision log.
import type { Decision, Exercise, TabletopRun } from '../domain/exercise';
import type { MitigationAction } from '../domain/scenario';
import { getDb } from './db';
import { applyPatch, buildRecord, getRecord, nextOrder, RecordNotFoundError, touchWorkbook } from './records';

export class FindingAlreadyLinkedError extends Error {
  constructor(readonly actionId: string) {
    super(`This finding already became action ${actionId}`);
    this.name = 'FindingAlreadyLinkedError';
  }
}

export async function turnFindingIntoAction(
  findingId: string,
  scenarioId: string,
): Promise<MitigationAction> {
  const db = getDb();
  return db.transaction(
    'rw',
    [db.exerciseFindings, db.scenarios, db.mitigationActions, db.workbooks],
    async () => {
      const finding = await getRecord('exerciseFindings', findingId);
      if (!finding || finding.deletedAt) throw new RecordNotFoundError('exerciseFindings', findingId);
      if (finding.actionId) throw new FindingAlreadyLinkedError(finding.actionId);
      const scenario = await getRecord('scenarios', scenarioId);
      if (!scenario || scenario.deletedAt || scenario.workbookId !== finding.workbookId) {
        throw new RecordNotFoundError('scenarios', scenarioId);
      }
      const action = buildRecord('mitigationActions', {
        workbookId: finding.workbookId,
        scenarioId,
        order: await nextOrder('mitigationActions', finding.workbookId),
        action: finding.text,
        owner: finding.owner,
        sourceExerciseId: finding.exerciseId,
      });
      await db.mitigationActions.add(action);
      await applyPatch('exerciseFindings', findingId, { actionId: action.id });
      await touchWorkbook(finding.workbookId);
      return action;
    },
  );
}

/**
 * Ends a tabletop run: an exercise record (tabletop, held on `date`, scoped to the run's scenario)
 * with one finding per decision that has a follow-up, and the run marked finished and linked to
 * it. A run already finished is refused (it keeps the exercise it became).
 */
export async function finishTabletopRun(runId: string, title: string, date: string): Promise<Exercise> {
  const db = getDb();
  return db.transaction(
    'rw',
    [db.tabletopRuns, db.exercises, db.exerciseFindings, db.workbooks],
    async () => {
      const run = await getRecord('tabletopRuns', runId);
      if (!run || run.deletedAt) throw new RecordNotFoundError('tabletopRuns', runId);
      if (run.state === 'finished') throw new RecordNotFoundError('tabletopRuns', runId);
      const exercise = buildRecord('exercises', {
        workbookId: run.workbookId,
        order: await nextOrder('exercises', run.workbookId),
        title,
        type: 'tabletop',
        date,
        status: 'held',
        scenarioIds: [run.scenarioId],
        participants: [...new Set(run.decisions.map((d) => d.owner.trim()).filter(Boolean))].join(', '),
      });
      await db.exercises.add(exercise);
      let order = 0;
      for (const d of run.decisions) {
        if (d.followUp.trim() === '') continue;
        await db.exerciseFindings.add(
          buildRecord('exerciseFindings', {
            workbookId: run.workbookId,
            exerciseId: exercise.id,
            order: order++,
            text: d.followUp.trim(),
            owner: d.owner.trim(),
          }),
        );
      }
      await applyPatch('tabletopRuns', runId, { state: 'finished', exerciseId: exercise.id });
      await touchWorkbook(run.workbookId);
      return exercise;
    },
  );
}

/**
 * Rewrites a running tabletop's decision log by `change`, read and written in one transaction so
 * an entry logged, edited or removed meanwhile is never lost to a stale copy. A finished run is
 * refused: its log already became the exercise record.
 */
export async function changeRunDecisions(
  runId: string,
  change: (decisions: Decision[]) => Decision[],
): Promise<TabletopRun> {
  const db = getDb();
  return db.transaction('rw', [db.tabletopRuns, db.workbooks], async () => {
    const run = await getRecord('tabletopRuns', runId);
    if (!run || run.deletedAt || run.state === 'finished') {
      throw new RecordNotFoundError('tabletopRuns', runId);
    }
    const next = await applyPatch('tabletopRuns', runId, { decisions: change(run.decisions) });
    await touchWorkbook(run.workbookId);
    return next;
  });
}
