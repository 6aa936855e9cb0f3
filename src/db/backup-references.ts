// References between records of an imported backup. A file made by this app can point at a
// record that is not in it: deleting a scenario soft-deletes only the scenario, and a backup holds
// live records only, so its policy checks stay behind. Such a file must still import, so dangling
// references are repaired, never refused:
// - a record that cannot exist without its parent (a policy check or mitigation action without
//   its scenario, a lesson without its incident) is left out: it was not visible in the app;
// - an optional reference (an action's source incident, a lesson's action, a contact's caller,
//   a scenario's affected dependency) that points nowhere is cleared.
// A reference must point into the same workbook. The import dialog says how many were repaired.
import type { BackupData } from '../domain/backup';
import type { ChildTableName } from '../domain/tables';

export type Repairs = { droppedRecords: number; clearedReferences: number };

export function repairReferences(data: BackupData): { data: BackupData; repairs: Repairs } {
  const repairs: Repairs = { droppedRecords: 0, clearedReferences: 0 };
  const idsOf = (table: ChildTableName, records: { id: string; workbookId: string }[] = data[table]) =>
    new Set(records.map((r) => `${r.workbookId}/${r.id}`));
  const has = (set: Set<string>, workbookId: string, id: string) => set.has(`${workbookId}/${id}`);

  const scenarios = idsOf('scenarios');
  const incidents = idsOf('incidents');
  const keep = <T extends { workbookId: string }>(records: T[], test: (r: T) => boolean) => {
    const kept = records.filter(test);
    repairs.droppedRecords += records.length - kept.length;
    return kept;
  };
  const policyChecks = keep(data.policyChecks, (r) => has(scenarios, r.workbookId, r.scenarioId));
  const mitigationActions = keep(data.mitigationActions, (r) => has(scenarios, r.workbookId, r.scenarioId));
  const lessonsKept = keep(data.lessons, (r) => has(incidents, r.workbookId, r.incidentId));

  const actions = idsOf('mitigationActions', mitigationActions);
  const contacts = idsOf('contacts');
  const dependencies = idsOf('dependencies');
  const clear = <T extends { workbookId: string }, K extends keyof T>(
    records: T[],
    field: K,
    set: Set<string>,
  ) =>
    records.map((r) => {
      const ref = r[field] as unknown;
      if (typeof ref !== 'string' || has(set, r.workbookId, ref)) return r;
      repairs.clearedReferences++;
      return { ...r, [field]: null };
    });

  const out: BackupData = {
    ...data,
    policyChecks,
    mitigationActions: clear(mitigationActions, 'sourceIncidentId', incidents),
    lessons: clear(lessonsKept, 'actionId', actions),
    contacts: clear(data.contacts, 'calledById', contacts),
    scenarios: data.scenarios.map((s) => {
      const ids = s.affectedDependencyIds.filter((id) => has(dependencies, s.workbookId, id));
      if (ids.length === s.affectedDependencyIds.length) return s;
      repairs.clearedReferences += s.affectedDependencyIds.length - ids.length;
      return { ...s, affectedDependencyIds: ids };
    }),
  };
  return { data: out, repairs };
}
