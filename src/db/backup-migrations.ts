// Steps that lift the `data` of an older backup format version to the next one.
// BACKUP_MIGRATIONS[n] turns version n into n + 1. Version 1 is the first shipped format.
import { resourcesForRiskDependencies } from '../domain/bia-links';

export type BackupMigration = (data: Record<string, unknown>) => Record<string, unknown>;

export const BACKUP_MIGRATIONS: Record<number, BackupMigration> = {
  // 1 → 2: the business impact analysis tables arrive empty; nothing else changes.
  1: (data) => ({
    ...data,
    biaProcesses: [],
    biaResources: [],
    biaAlternatives: [],
    biaDependencies: [],
    biaScenarioImpacts: [],
  }),
  // 2 → 3: activation and response tables arrive empty; contacts gain availability hours and a
  // time zone, scenarios an owner, all filled by their schema defaults when the records are read.
  2: (data) => ({
    ...data,
    responseCriteria: [],
    responseRoles: [],
    responseProcedures: [],
    procedureSteps: [],
  }),
  // 3 → 4: the plan's life cycle (issue 15): the exercise tables, published versions, the
  // distribution list and review triggers arrive empty; mitigation actions gain sourceExerciseId,
  // null by its schema default. BIA (issue 14): each risk-area dependency no BIA resource stands
  // for gains one, linked back by riskDependencyId, as the database migration 004 does; the
  // dependencies stay as they are.
  3: (data) => ({
    ...data,
    exercises: [],
    exerciseObjectives: [],
    exerciseRecoveries: [],
    exerciseFindings: [],
    tabletopRuns: [],
    planVersions: [],
    distributionList: [],
    reviewTriggers: [],
    biaResources: [
      ...asRows(data.biaResources),
      ...resourcesForRiskDependencies(
        asRows(data.dependencies),
        asRows(data.biaResources),
        new Date().toISOString(),
        () => crypto.randomUUID(),
      ),
    ],
  }),
};

/** A table of an untrusted file: an array of objects, or nothing (the parser refuses the rest later). */
const asRows = (value: unknown): Record<string, unknown>[] =>
  Array.isArray(value)
    ? value.filter((r): r is Record<string, unknown> => typeof r === 'object' && r !== null)
    : [];

export function migrateBackupData(
  data: Record<string, unknown>,
  fromVersion: number,
  toVersion: number,
): Record<string, unknown> {
  let out = data;
  for (let v = fromVersion; v < toVersion; v++) {
    const step = BACKUP_MIGRATIONS[v];
    if (!step) throw new Error(`No migration from backup format ${v}`);
    out = step(out);
  }
  return out;
}
