// The one list of references between records: which field of which table holds the id of a record
// in which table. Duplicating a workbook, repairing an imported file and the backup fuzz test read it.
import { areaAnswerId } from './risk-areas';
import { childTableNames, type ChildTableName, type TableName } from './tables';

/**
 * - `owner`: the record belongs to the workbook (every child table's workbookId);
 * - `required`: the record cannot exist without its target (left out of an import when it is missing);
 * - `optional`: a nullable link, cleared when its target is missing;
 * - `list`: an array of ids, missing ones dropped from the list.
 */
export type RelationKind = 'owner' | 'required' | 'optional' | 'list';
export type Relation = { table: ChildTableName; field: string; target: TableName; kind: RelationKind };

export const relations: readonly Relation[] = [
  ...childTableNames.map((table): Relation => ({
    table,
    field: 'workbookId',
    target: 'workbooks',
    kind: 'owner',
  })),
  { table: 'scenarios', field: 'affectedDependencyIds', target: 'dependencies', kind: 'list' },
  { table: 'policyChecks', field: 'scenarioId', target: 'scenarios', kind: 'required' },
  { table: 'mitigationActions', field: 'scenarioId', target: 'scenarios', kind: 'required' },
  { table: 'mitigationActions', field: 'sourceIncidentId', target: 'incidents', kind: 'optional' },
  { table: 'lessons', field: 'incidentId', target: 'incidents', kind: 'required' },
  { table: 'lessons', field: 'actionId', target: 'mitigationActions', kind: 'optional' },
  { table: 'contacts', field: 'calledById', target: 'contacts', kind: 'optional' },
  { table: 'biaProcesses', field: 'ownerContactId', target: 'contacts', kind: 'optional' },
  { table: 'biaProcesses', field: 'deputyContactId', target: 'contacts', kind: 'optional' },
  { table: 'biaProcesses', field: 'siteResourceIds', target: 'biaResources', kind: 'list' },
  { table: 'biaResources', field: 'riskDependencyId', target: 'dependencies', kind: 'optional' },
  { table: 'biaResources', field: 'processId', target: 'biaProcesses', kind: 'optional' },
  { table: 'biaAlternatives', field: 'resourceId', target: 'biaResources', kind: 'required' },
  { table: 'biaDependencies', field: 'processId', target: 'biaProcesses', kind: 'optional' },
  { table: 'biaDependencies', field: 'dependentResourceId', target: 'biaResources', kind: 'optional' },
  { table: 'biaDependencies', field: 'resourceId', target: 'biaResources', kind: 'required' },
  { table: 'biaScenarioImpacts', field: 'scenarioId', target: 'scenarios', kind: 'required' },
  { table: 'biaScenarioImpacts', field: 'resourceId', target: 'biaResources', kind: 'required' },
  { table: 'scenarios', field: 'ownerContactId', target: 'contacts', kind: 'optional' },
  { table: 'responseRoles', field: 'primaryContactId', target: 'contacts', kind: 'optional' },
  { table: 'responseRoles', field: 'alternateContactIds', target: 'contacts', kind: 'list' },
  { table: 'responseRoles', field: 'escalatesToRoleId', target: 'responseRoles', kind: 'optional' },
  { table: 'responseProcedures', field: 'processId', target: 'biaProcesses', kind: 'optional' },
  { table: 'responseProcedures', field: 'scenarioId', target: 'scenarios', kind: 'optional' },
  { table: 'responseProcedures', field: 'ownerContactId', target: 'contacts', kind: 'optional' },
  { table: 'procedureSteps', field: 'procedureId', target: 'responseProcedures', kind: 'required' },
  { table: 'procedureSteps', field: 'roleId', target: 'responseRoles', kind: 'optional' },
  // Exercises (issue 15)
  { table: 'mitigationActions', field: 'sourceExerciseId', target: 'exercises', kind: 'optional' },
  { table: 'exercises', field: 'scenarioIds', target: 'scenarios', kind: 'list' },
  { table: 'exercises', field: 'processIds', target: 'biaProcesses', kind: 'list' },
  { table: 'exercises', field: 'roleIds', target: 'responseRoles', kind: 'list' },
  { table: 'exerciseObjectives', field: 'exerciseId', target: 'exercises', kind: 'required' },
  { table: 'exerciseRecoveries', field: 'exerciseId', target: 'exercises', kind: 'required' },
  { table: 'exerciseRecoveries', field: 'processId', target: 'biaProcesses', kind: 'required' },
  { table: 'exerciseFindings', field: 'exerciseId', target: 'exercises', kind: 'required' },
  { table: 'exerciseFindings', field: 'actionId', target: 'mitigationActions', kind: 'optional' },
  { table: 'tabletopRuns', field: 'scenarioId', target: 'scenarios', kind: 'required' },
  { table: 'tabletopRuns', field: 'exerciseId', target: 'exercises', kind: 'optional' },
];

export const relationsOf = (table: TableName) => relations.filter((r) => r.table === table);

/** Fields that hold ids but are not references (none today); the schema test checks both lists. */
export const nonReferenceIdFields: readonly { table: TableName; field: string }[] = [];

/**
 * Tables whose ids are computed from other fields rather than random: one risk-area answer per
 * workbook and question. When the workbook gets a new id, so does the answer.
 */
export const derivedIds: Partial<Record<ChildTableName, (record: Record<string, unknown>) => string>> = {
  areaAnswers: (r) => areaAnswerId(String(r.workbookId), String(r.questionKey)),
};

/** Tables whose ids appear in the app's URLs (/w/:workbookId/scenarios/:id, ?incident=id). */
export const idsInUrls: readonly TableName[] = ['workbooks', 'scenarios', 'incidents'];

/** An id that can be put in a URL path segment or query as is (UUIDs and the like). */
export const isUrlSafeId = (id: string) => /^[A-Za-z0-9_-]{1,100}$/.test(id);

/** New ids by table: old id → new id. A table or id not in the map keeps its ids. */
export type IdMaps = Partial<Record<TableName, Map<string, string>>>;

/**
 * One record with its own id and every reference mapped through `maps` (ids not in a map are
 * kept). A derived id is recomputed when the record's workbook got a new id.
 */
export function remapRecord<R extends { id: string }>(table: TableName, record: R, maps: IdMaps): R {
  const out: Record<string, unknown> = { ...record, id: maps[table]?.get(record.id) ?? record.id };
  for (const { field, target, kind } of relationsOf(table)) {
    const map = maps[target];
    const value = out[field];
    if (!map) continue;
    if (kind === 'list' && Array.isArray(value)) out[field] = value.map((id: string) => map.get(id) ?? id);
    else if (typeof value === 'string') out[field] = map.get(value) ?? value;
  }
  const derive = table === 'workbooks' ? undefined : derivedIds[table];
  const owner = (record as { workbookId?: string }).workbookId;
  if (derive && owner !== undefined && maps.workbooks?.has(owner)) out.id = derive(out);
  return out as R;
}
