// Reads and writes of the Exercises step. Every one-off write goes through the guarded write path
// (src/db/guarded-write.ts): it resolves to an outcome, never throws, and counts the change; edits
// of an exercise's text fields autosave through the one autosave hook.
import { useLiveQuery } from 'dexie-react-hooks';
import type { z } from 'zod';
import { useAutosaveForm } from '../../components/form/use-autosave-form';
import { flushSaves } from '../../db/autosave';
import { changeRunDecisions, finishTabletopRun, turnFindingIntoAction } from '../../db/exercises';
import { addRecord, changeRecord, guardedWrite, removeRecord, undoRemove } from '../../db/guarded-write';
import { listByWorkbook } from '../../db/records';
import { restoreDecisionAt, withoutDecision } from '../../domain/decision-log';
import type {
  Decision,
  Exercise,
  ExerciseFinding,
  ExerciseObjective,
  Inject,
  TabletopRun,
} from '../../domain/exercise';
import {
  decisionsFormSchema,
  exerciseFormSchema,
  findingFormSchema,
  objectiveFormSchema,
  type newExerciseSchema,
} from './form-schemas';

/** Everything the step shows, live. */
export const useExerciseLog = (workbookId: string) =>
  useLiveQuery(async () => {
    const [exercises, objectives, recoveries, findings, runs, scenarios, processes, roles, actions] =
      await Promise.all([
        listByWorkbook('exercises', workbookId),
        listByWorkbook('exerciseObjectives', workbookId),
        listByWorkbook('exerciseRecoveries', workbookId),
        listByWorkbook('exerciseFindings', workbookId),
        listByWorkbook('tabletopRuns', workbookId),
        listByWorkbook('scenarios', workbookId),
        listByWorkbook('biaProcesses', workbookId),
        listByWorkbook('responseRoles', workbookId),
        listByWorkbook('mitigationActions', workbookId),
      ]);
    return { exercises, objectives, recoveries, findings, runs, scenarios, processes, roles, actions };
  }, [workbookId]);
export type ExerciseLogData = NonNullable<ReturnType<typeof useExerciseLog>>;

/** What the script builder reads: the BIA records and the scenario impacts. */
export const useScriptSources = (workbookId: string) =>
  useLiveQuery(async () => {
    const [processes, resources, dependencies, alternatives, impacts] = await Promise.all([
      listByWorkbook('biaProcesses', workbookId),
      listByWorkbook('biaResources', workbookId),
      listByWorkbook('biaDependencies', workbookId),
      listByWorkbook('biaAlternatives', workbookId),
      listByWorkbook('biaScenarioImpacts', workbookId),
    ]);
    return { processes, resources, dependencies, alternatives, impacts };
  }, [workbookId]);

export const addExercise = (workbookId: string, values: z.output<typeof newExerciseSchema>) =>
  addRecord('exercises', { ...values, workbookId });
export const removeExercise = (id: string) => removeRecord('exercises', id);
export const restoreExercise = (id: string) => undoRemove('exercises', id);

type ScopeField = 'scenarioIds' | 'processIds' | 'roleIds';
export const setScope = (id: string, field: ScopeField, ids: string[]) =>
  changeRecord('exercises', id, { [field]: ids });

export const addObjective = (workbookId: string, exerciseId: string, text: string) =>
  addRecord('exerciseObjectives', { workbookId, exerciseId, text });
export const setObjectiveMet = (id: string, met: boolean | null) =>
  changeRecord('exerciseObjectives', id, { met });
export const removeObjective = (id: string) => removeRecord('exerciseObjectives', id);
export const restoreObjective = (id: string) => undoRemove('exerciseObjectives', id);

/** Records the recovery time of a process: updates its row, or adds one on the first entry. */
export const setRecovery = (
  workbookId: string,
  exerciseId: string,
  processId: string,
  existingId: string | null,
  achievedHours: number | null,
) =>
  existingId
    ? changeRecord('exerciseRecoveries', existingId, { achievedHours })
    : addRecord('exerciseRecoveries', { workbookId, exerciseId, processId, achievedHours });

export const addFinding = (workbookId: string, exerciseId: string, text: string) =>
  addRecord('exerciseFindings', { workbookId, exerciseId, text });
export const removeFinding = (id: string) => removeRecord('exerciseFindings', id);
export const restoreFinding = (id: string) => undoRemove('exerciseFindings', id);
/** Makes the finding a mitigation action of the scenario (one transaction; counted as one change). */
export const makeFindingAnAction = (findingId: string, scenarioId: string) =>
  guardedWrite(() => turnFindingIntoAction(findingId, scenarioId), { edits: 1 });

// The tabletop runner: its state is one stored record, so a reload finds it where it was.
export const createRun = (workbookId: string, scenarioId: string, injects: Inject[]) =>
  addRecord('tabletopRuns', { workbookId, scenarioId, injects });
export const updateRun = (
  id: string,
  patch: Partial<
    Pick<TabletopRun, 'injects' | 'current' | 'state' | 'startedAt' | 'pausedAt' | 'pausedSeconds'>
  >,
) => changeRecord('tabletopRuns', id, patch);
export const removeRun = (id: string) => removeRecord('tabletopRuns', id);
export const restoreRun = (id: string) => undoRemove('tabletopRuns', id);
/** Finishes the run from what is stored, after any decision edit still waiting for its autosave. */
export const finishRun = async (runId: string, title: string, date: string) => {
  await flushSaves();
  return guardedWrite(() => finishTabletopRun(runId, title, date), { edits: 1 });
};

// The decision log. Logging, removing and Undo each change the stored list in one transaction;
// an edit in place autosaves the whole list (useDecisionsForm), so a queued edit is written first,
// and the transaction then starts from it, not from an older copy.
const changeDecisions = async (runId: string, change: (list: Decision[]) => Decision[]) => {
  await flushSaves();
  return guardedWrite(() => changeRunDecisions(runId, change), { edits: 1 });
};
export const logDecision = (runId: string, decision: Decision) =>
  changeDecisions(runId, (list) => [...list, decision]);
export const removeDecision = (runId: string, key: string) =>
  changeDecisions(runId, (list) => withoutDecision(list, key));
export const restoreDecision = (runId: string, decision: Decision, index: number) =>
  changeDecisions(runId, (list) => restoreDecisionAt(list, decision, index));
export const useDecisionsForm = (run: TabletopRun) =>
  useAutosaveForm({ schema: decisionsFormSchema, table: 'tabletopRuns', record: run });

// The forms that edit a stored record in place (autosaved).
export const useExerciseForm = (exercise: Exercise) =>
  useAutosaveForm({ schema: exerciseFormSchema, table: 'exercises', record: exercise });
export const useObjectiveForm = (objective: ExerciseObjective) =>
  useAutosaveForm({ schema: objectiveFormSchema, table: 'exerciseObjectives', record: objective });
export const useFindingForm = (finding: ExerciseFinding) =>
  useAutosaveForm({ schema: findingFormSchema, table: 'exerciseFindings', record: finding });
