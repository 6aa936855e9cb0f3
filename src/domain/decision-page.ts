// What the plan's first page tells leadership, as plain data: the decisions the planner asks for,
// the top risks (one ranking, ties stated), overdue and due-soon actions with owners and dates, the
// open checklist gaps and who owns them, and the BIA headline (tier-1 processes whose RTO cannot be
// met). Pure, so the PDF and the tests read the same facts.
import { rollUp } from './bia-rollup';
import { graphFromRecords } from './bia-scenario';
import type { DecisionFields } from './decision';
import type { ResponsibilityItem } from './responsibility';
import { collectActions, type ActionItem } from './response-actions';
import { topRisks, type TopRisks } from './risk-ranking';
import type { MitigationAction, Scenario } from './scenario';
import type { WorkbookSnapshot } from './tables';

export type DecisionRequest =
  | { kind: 'action'; action: MitigationAction; scenarioTitle: string; fields: DecisionFields }
  | { kind: 'gap'; item: ResponsibilityItem; fields: DecisionFields };

export type BiaHeadline = {
  tierOne: number;
  /** Tier-1 processes that cannot be back within their RTO, with the hour they can be. */
  unmet: { name: string; rtoHours: number; backAt: number }[];
};

export type DecisionPage = {
  decisions: DecisionRequest[];
  risks: TopRisks<Scenario>;
  overdue: ActionItem[];
  dueSoon: ActionItem[];
  /** Checklist items reviewed as a gap (hidden ones left out); owner may be empty: "unassigned". */
  openGaps: ResponsibilityItem[];
  /** Null when the workbook has no BIA process yet (the page then says so). */
  bia: BiaHeadline | null;
};

export const TOP_RISKS_SHOWN = 3;

/** A gap still needs deciding while it is not in place and not set aside as not applicable. */
const gapIsOpen = (r: ResponsibilityItem) =>
  !r.hidden && r.reviewStatus !== 'in_place' && r.reviewStatus !== 'not_applicable';

/** Needed-by date first (the nearest first, undated last), then actions before gaps. */
const byNeededBy = (a: DecisionRequest, b: DecisionRequest) =>
  (a.fields.decisionNeededBy ?? '\uffff').localeCompare(b.fields.decisionNeededBy ?? '\uffff') ||
  (a.kind === b.kind ? 0 : a.kind === 'action' ? -1 : 1);

const byDue = (a: ActionItem, b: ActionItem) =>
  (a.dueDate ?? '').localeCompare(b.dueDate ?? '') || a.title.localeCompare(b.title);

/** `data` is the plan's live, ordered snapshot (plan-data.ts): nothing deleted in it. */
export function decisionPage(data: WorkbookSnapshot, today: string): DecisionPage {
  const scenarioTitle = new Map(data.scenarios.map((s) => [s.id, s.title]));
  const decisions: DecisionRequest[] = [
    ...data.mitigationActions
      .filter((a) => a.decisionNeeded && a.status !== 'done' && scenarioTitle.has(a.scenarioId))
      .map((a): DecisionRequest => ({
        kind: 'action',
        action: a,
        scenarioTitle: scenarioTitle.get(a.scenarioId)!,
        fields: a,
      })),
    ...data.responsibilities
      .filter((r) => r.decisionNeeded && gapIsOpen(r))
      .map((r): DecisionRequest => ({ kind: 'gap', item: r, fields: r })),
  ].sort(byNeededBy);

  const actions = collectActions(
    {
      mitigationActions: data.mitigationActions,
      scenarios: data.scenarios,
      processes: [],
      contacts: data.contacts,
      gaps: [],
    },
    today,
  );

  let bia: BiaHeadline | null = null;
  if (data.biaProcesses.length > 0) {
    const gaps = rollUp(
      graphFromRecords({
        processes: data.biaProcesses,
        resources: data.biaResources,
        dependencies: data.biaDependencies,
        alternatives: data.biaAlternatives,
      }),
    ).gaps;
    const byId = new Map(data.biaProcesses.map((p) => [p.id, p]));
    bia = {
      tierOne: data.biaProcesses.filter((p) => p.tier === 1).length,
      unmet: gaps.flatMap((g) => {
        const p = byId.get(g.processId);
        return p && p.tier === 1 ? [{ name: p.name, rtoHours: g.rtoHours, backAt: g.backAt }] : [];
      }),
    };
  }

  return {
    decisions,
    risks: topRisks(data.scenarios, TOP_RISKS_SHOWN),
    overdue: actions.filter((a) => a.overdue).sort(byDue),
    dueSoon: actions.filter((a) => a.dueSoon).sort(byDue),
    openGaps: data.responsibilities.filter((r) => !r.hidden && r.reviewStatus === 'gap'),
    bia,
  };
}
