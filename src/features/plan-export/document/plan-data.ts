// The snapshot as the document reads it: deleted records dropped, everything in its sort order.
import { currentAnswers } from '../../../domain/answers';
import type { WorkbookSnapshot } from '../../../domain/tables';

type Sortable = { deletedAt: string | null; order: number; createdAt: string };

const live = <T extends Sortable>(rows: readonly T[]): T[] =>
  rows
    .filter((r) => r.deletedAt === null)
    .sort((a, b) => a.order - b.order || a.createdAt.localeCompare(b.createdAt));

export function planData(snapshot: WorkbookSnapshot): WorkbookSnapshot {
  return {
    workbook: snapshot.workbook,
    // One answer per question, the same one the editor shows (domain/answers.ts).
    areaAnswers: live(currentAnswers(snapshot.areaAnswers)),
    dependencies: live(snapshot.dependencies),
    scenarios: live(snapshot.scenarios),
    policyChecks: live(snapshot.policyChecks),
    mitigationActions: live(snapshot.mitigationActions),
    responsibilities: live(snapshot.responsibilities),
    providerChannels: live(snapshot.providerChannels),
    internalChannels: live(snapshot.internalChannels),
    contacts: live(snapshot.contacts),
    incidents: live(snapshot.incidents),
    lessons: live(snapshot.lessons),
    approvers: live(snapshot.approvers),
    biaProcesses: live(snapshot.biaProcesses),
    biaResources: live(snapshot.biaResources),
    biaAlternatives: live(snapshot.biaAlternatives),
    biaDependencies: live(snapshot.biaDependencies),
    biaScenarioImpacts: live(snapshot.biaScenarioImpacts),
    responseCriteria: live(snapshot.responseCriteria),
    responseRoles: live(snapshot.responseRoles),
    responseProcedures: live(snapshot.responseProcedures),
    procedureSteps: live(snapshot.procedureSteps),
    exercises: live(snapshot.exercises),
    exerciseObjectives: live(snapshot.exerciseObjectives),
    exerciseRecoveries: live(snapshot.exerciseRecoveries),
    exerciseFindings: live(snapshot.exerciseFindings),
    tabletopRuns: live(snapshot.tabletopRuns),
    planVersions: live(snapshot.planVersions),
    distributionList: live(snapshot.distributionList),
    reviewTriggers: live(snapshot.reviewTriggers),
  };
}

/** Groups children by a parent id, keeping their order. */
export function groupBy<T>(rows: readonly T[], key: (row: T) => string): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const row of rows) {
    const k = key(row);
    const list = out.get(k);
    if (list) list.push(row);
    else out.set(k, [row]);
  }
  return out;
}
