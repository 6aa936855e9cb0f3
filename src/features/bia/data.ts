// Reads and writes of the business impact analysis step. Creates and removes go through the guarded
// write path (they resolve to an outcome, never throw); field edits through the one autosave hook.
import { useLiveQuery } from 'dexie-react-hooks';
import { useAutosaveForm } from '../../components/form/use-autosave-form';
import { addRecord, changeRecord, guardedWrite, removeRecord, undoRemove } from '../../db/guarded-write';
import { createRecord, listByWorkbook, writeTogether } from '../../db/records';
import {
  biaAlternativeSchema,
  biaProcessSchema,
  biaResourceSchema,
  type BiaAlternative,
  type BiaProcess,
  type BiaResource,
} from '../../domain/bia';
import type { Currency } from '../../domain/workbook';
import type { ProcessInput } from './processes-csv-import';

/** Everything the step shows, live: processes, resources, alternatives, dependencies, contacts. */
export const useBia = (workbookId: string) =>
  useLiveQuery(async () => {
    const [processes, resources, alternatives, dependencies, contacts, scenarios, scenarioImpacts] =
      await Promise.all([
        listByWorkbook('biaProcesses', workbookId),
        listByWorkbook('biaResources', workbookId),
        listByWorkbook('biaAlternatives', workbookId),
        listByWorkbook('biaDependencies', workbookId),
        listByWorkbook('contacts', workbookId),
        listByWorkbook('scenarios', workbookId),
        listByWorkbook('biaScenarioImpacts', workbookId),
      ]);
    const riskDependencies = await listByWorkbook('dependencies', workbookId);
    return {
      processes,
      resources,
      alternatives,
      dependencies,
      contacts,
      scenarios,
      scenarioImpacts,
      riskDependencies,
    };
  }, [workbookId]);
export type BiaData = NonNullable<ReturnType<typeof useBia>>;

/** A new process takes the workbook's currency for its money estimates. */
export const addProcess = (workbookId: string, name: string, currency: Currency) =>
  addRecord('biaProcesses', { workbookId, name, currency });

/** The workbook's currency: the default of new and imported processes. */
export const setWorkbookCurrency = (workbookId: string, currency: Currency) =>
  changeRecord('workbooks', workbookId, { currency });
export const removeProcess = (id: string) => removeRecord('biaProcesses', id);
export const restoreProcess = (id: string) => undoRemove('biaProcesses', id);

export const addResource = (workbookId: string, name: string) =>
  addRecord('biaResources', { workbookId, name });
export const removeResource = (id: string) => removeRecord('biaResources', id);
export const restoreResource = (id: string) => undoRemove('biaResources', id);

export const addAlternative = (workbookId: string, resourceId: string, name: string) =>
  addRecord('biaAlternatives', { workbookId, resourceId, name });
export const removeAlternative = (id: string) => removeRecord('biaAlternatives', id);
export const restoreAlternative = (id: string) => undoRemove('biaAlternatives', id);

/** "from needs resource": from is "p:<process id>" or "r:<resource id>". */
export function addDependency(workbookId: string, from: string, resourceId: string) {
  const id = from.slice(2);
  return addRecord('biaDependencies', {
    workbookId,
    resourceId,
    processId: from.startsWith('p:') ? id : null,
    dependentResourceId: from.startsWith('r:') ? id : null,
  });
}
export const removeDependency = (id: string) => removeRecord('biaDependencies', id);
export const restoreDependency = (id: string) => undoRemove('biaDependencies', id);

/** A scenario takes out a resource for some hours (for people, optionally a share of them). */
export const addScenarioImpact = (
  workbookId: string,
  scenarioId: string,
  resourceId: string,
  outageHours: number,
  staffSharePercent: number | null,
) => addRecord('biaScenarioImpacts', { workbookId, scenarioId, resourceId, outageHours, staffSharePercent });
export const removeScenarioImpact = (id: string) => removeRecord('biaScenarioImpacts', id);
export const restoreScenarioImpact = (id: string) => undoRemove('biaScenarioImpacts', id);

/** What the process editor edits (identity and metadata are not fields). */
const processFormSchema = biaProcessSchema.pick({
  name: true,
  description: true,
  ownerContactId: true,
  deputyContactId: true,
  department: true,
  tier: true,
  peakMonths: true,
  peakMonthEnd: true,
  peakDates: true,
  peakNotes: true,
  siteResourceIds: true,
  minimumStaff: true,
  impact: true,
  money: true,
  currency: true,
  mtpdHours: true,
  mtpdThreshold: true,
  rtoHours: true,
  rpoHours: true,
  minimumServiceLevel: true,
});
export const useProcessForm = (process: BiaProcess) =>
  useAutosaveForm({ schema: processFormSchema, table: 'biaProcesses', record: process });

const resourceFormSchema = biaResourceSchema.pick({
  name: true,
  kind: true,
  area: true,
  riskDependencyId: true,
  processId: true,
  recoveryHours: true,
  recoveryBasis: true,
  headcount: true,
});
export const useResourceForm = (resource: BiaResource) =>
  useAutosaveForm({ schema: resourceFormSchema, table: 'biaResources', record: resource });

const alternativeFormSchema = biaAlternativeSchema.pick({ name: true, setupHours: true });
export const useAlternativeForm = (alternative: BiaAlternative) =>
  useAutosaveForm({ schema: alternativeFormSchema, table: 'biaAlternatives', record: alternative });

/** A new name is required and short: the same rule as the stored field. */
export const newNameSchema = biaProcessSchema.shape.name;

/**
 * Adds the processes of a checked CSV file in one transaction: all of them land, or none does.
 * Each create counts as one change for the backup reminder (records.ts).
 */
export const importProcesses = (workbookId: string, processes: readonly ProcessInput[]) =>
  guardedWrite(() =>
    writeTogether(['biaProcesses'], async () => {
      for (const p of processes) await createRecord('biaProcesses', { ...p, workbookId });
      return processes.length;
    }),
  );
