// Reads and writes of the scenarios step. Policy checks and mitigation actions are their own
// records pointing at the scenario (scenarioId), never arrays inside it. One-off writes go through
// the guarded write path (src/db/guarded-write.ts): they resolve to an outcome and never throw.
import { decisionFormSchema } from '../../domain/decision';
import { useLiveQuery } from 'dexie-react-hooks';
import { queuePatch } from '../../db/autosave';
import { addRecord, guardedWrite, removeRecord, undoRemove } from '../../db/guarded-write';
import { createRecord, getRecord, listByWorkbook, writeTogether } from '../../db/records';
import { useAutosaveForm } from '../../components/form/use-autosave-form';
import { graphFromRecords } from '../../domain/bia-scenario';
import type { MitigationAction, PolicyCheck, Scenario, ScenarioStatus } from '../../domain/scenario';
import {
  actionRowSchema,
  policyRowSchema,
  scenarioFormSchema,
  type ScenarioCreateValues,
} from './form-schema';

export const useScenarios = (workbookId: string) =>
  useLiveQuery(() => listByWorkbook('scenarios', workbookId), [workbookId]);

export const useScenario = (id: string) =>
  useLiveQuery(() => getRecord('scenarios', id), [id], 'loading' as const);

export const useDependencies = (workbookId: string) =>
  useLiveQuery(() => listByWorkbook('dependencies', workbookId), [workbookId]);

/** The workbook's contacts: a scenario's owner is picked from them. */
export const useContacts = (workbookId: string) =>
  useLiveQuery(() => listByWorkbook('contacts', workbookId), [workbookId]);

/**
 * What the engine needs to say what the scenario does to the business impact analysis: the graph and
 * the scenario's impacts, or null when it takes out no BIA resource. Read here, not through the BIA
 * feature (features never import each other); computed in the BIA worker (scenario-reach.tsx).
 */
export const useScenarioReachInput = (workbookId: string, scenarioId: string) =>
  useLiveQuery(async () => {
    const impacts = (await listByWorkbook('biaScenarioImpacts', workbookId)).filter(
      (i) => i.scenarioId === scenarioId,
    );
    if (impacts.length === 0) return null;
    const [processes, resources, dependencies, alternatives] = await Promise.all([
      listByWorkbook('biaProcesses', workbookId),
      listByWorkbook('biaResources', workbookId),
      listByWorkbook('biaDependencies', workbookId),
      listByWorkbook('biaAlternatives', workbookId),
    ]);
    return { graph: graphFromRecords({ processes, resources, dependencies, alternatives }), impacts };
  }, [workbookId, scenarioId]);

export const usePolicyChecks = (workbookId: string, scenarioId: string) =>
  useLiveQuery(
    async () => (await listByWorkbook('policyChecks', workbookId)).filter((p) => p.scenarioId === scenarioId),
    [workbookId, scenarioId],
  );

export const useMitigationActions = (workbookId: string, scenarioId: string) =>
  useLiveQuery(
    async () =>
      (await listByWorkbook('mitigationActions', workbookId)).filter((a) => a.scenarioId === scenarioId),
    [workbookId, scenarioId],
  );

/**
 * Saves a new scenario with its policy checks and actions (the create form's Save), in one
 * transaction: the scenario and its children are saved together or not at all.
 */
export function saveNewScenario(workbookId: string, values: ScenarioCreateValues) {
  const { policyChecks, actions, ...fields } = values;
  const write = () =>
    writeTogether(['scenarios', 'policyChecks', 'mitigationActions'], async () => {
      const scenario = await createRecord('scenarios', {
        ...fields,
        workbookId,
      });
      for (const [i, p] of policyChecks.entries()) {
        await createRecord('policyChecks', { ...p, workbookId, scenarioId: scenario.id, order: i + 1 });
      }
      for (const [i, a] of actions.entries()) {
        await createRecord('mitigationActions', { ...a, workbookId, scenarioId: scenario.id, order: i + 1 });
      }
      return scenario;
    });
  return guardedWrite(write); // records.ts counts each record made
}

export const deleteScenario = (id: string) => removeRecord('scenarios', id);
export const restoreScenario = (id: string) => undoRemove('scenarios', id);

/** Bulk status change: queued together, so the autosave writes them in one transaction. */
export function setScenarioStatus(ids: Iterable<string>, status: ScenarioStatus) {
  let count = 0;
  for (const id of ids) {
    queuePatch('scenarios', id, { status });
    count++;
  }
  return count;
}

export const addPolicyCheck = (workbookId: string, scenarioId: string, statement: string) =>
  addRecord('policyChecks', { workbookId, scenarioId, statement });

export const addMitigationAction = (workbookId: string, scenarioId: string, action: string) =>
  addRecord('mitigationActions', { workbookId, scenarioId, action });

export const removePolicyCheck = (id: string) => removeRecord('policyChecks', id);
export const restorePolicyCheck = (id: string) => undoRemove('policyChecks', id);
export const removeMitigationAction = (id: string) => removeRecord('mitigationActions', id);
export const restoreMitigationAction = (id: string) => undoRemove('mitigationActions', id);

// The forms that edit a stored record in place (autosaved).
export const useScenarioForm = (scenario: Scenario) =>
  useAutosaveForm({ schema: scenarioFormSchema, table: 'scenarios', record: scenario });
export const usePolicyCheckForm = (row: PolicyCheck) =>
  useAutosaveForm({ schema: policyRowSchema, table: 'policyChecks', record: row });
export const useMitigationActionForm = (row: MitigationAction) =>
  useAutosaveForm({ schema: actionRowSchema, table: 'mitigationActions', record: row });
/** The action's leadership-decision fields, autosaved on the same record. */
export const useActionDecisionForm = (row: MitigationAction) =>
  useAutosaveForm({ schema: decisionFormSchema, table: 'mitigationActions', record: row });
