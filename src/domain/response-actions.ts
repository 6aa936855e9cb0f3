// The one action list: every action in the workbook, whatever it came from (a scenario's
// mitigation, a lesson turned into an action, an exercise finding turned into one, a BIA gap), with owner, due date, status and source,
// and which are overdue or due within 14 days. Filter and sort are pure too, for the step and tests.
import type { RollUp } from './bia-rollup';
import { addDays } from './response-dates';
import { isActionOverdue, type actionStatuses, type MitigationAction } from './scenario';

export const ACTION_SOURCES = ['scenario', 'lesson', 'exercise', 'bia'] as const;
export type ActionSource = (typeof ACTION_SOURCES)[number];
export type ActionStatus = (typeof actionStatuses)[number];
export const DUE_SOON_DAYS = 14;

export type ActionItem = {
  /** Stored actions keep their record id; a BIA gap is "bia:" + the process id. */
  id: string;
  title: string;
  owner: string;
  dueDate: string | null;
  status: ActionStatus;
  source: ActionSource;
  /** What it belongs to: the scenario's title, the process's name. */
  context: string;
  /** Only stored actions can change status; a BIA gap closes when the BIA no longer shows it. */
  editable: boolean;
  overdue: boolean;
  dueSoon: boolean;
};

type Inputs = {
  mitigationActions: readonly MitigationAction[];
  scenarios: readonly { id: string; title: string }[];
  processes: readonly { id: string; name: string; ownerContactId: string | null }[];
  contacts: readonly { id: string; name: string }[];
  gaps: RollUp['gaps'];
};

/** Open, not overdue, and due between today and today + 14 days (inclusive). */
export const isDueSoon = (a: Pick<ActionItem, 'status' | 'dueDate'>, today: string) =>
  a.status !== 'done' &&
  a.dueDate !== null &&
  a.dueDate >= today &&
  a.dueDate <= addDays(today, DUE_SOON_DAYS);

/** Where a stored action came from: an exercise finding, an incident's lesson, or the scenario itself. */
const sourceOf = (a: MitigationAction): ActionSource =>
  a.sourceExerciseId !== null ? 'exercise' : a.sourceIncidentId !== null ? 'lesson' : 'scenario';

export function collectActions(input: Inputs, today: string): ActionItem[] {
  const scenarioTitle = new Map(input.scenarios.map((s) => [s.id, s.title]));
  const contactName = new Map(input.contacts.map((c) => [c.id, c.name]));
  const processById = new Map(input.processes.map((p) => [p.id, p]));
  const stored = input.mitigationActions
    .filter((a) => a.deletedAt === null && scenarioTitle.has(a.scenarioId))
    .map((a): ActionItem => ({
      id: a.id,
      title: a.action,
      owner: a.owner,
      dueDate: a.dueDate,
      status: a.status,
      source: sourceOf(a),
      context: scenarioTitle.get(a.scenarioId)!,
      editable: true,
      overdue: isActionOverdue(a, today),
      dueSoon: isDueSoon(a, today),
    }));
  const gaps = input.gaps.flatMap((g): ActionItem[] => {
    const p = processById.get(g.processId);
    if (!p) return [];
    return [
      {
        id: `bia:${p.id}`,
        title: p.name,
        owner: p.ownerContactId === null ? '' : (contactName.get(p.ownerContactId) ?? ''),
        dueDate: null,
        status: 'open',
        source: 'bia',
        context: p.name,
        editable: false,
        overdue: false,
        dueSoon: false,
      },
    ];
  });
  return [...stored, ...gaps];
}

export type ActionFilter = {
  owner?: string;
  status?: ActionStatus;
  source?: ActionSource;
  due?: 'overdue' | 'soon';
};
export type ActionSort = 'dueDate' | 'owner' | 'status' | 'source';

export function filterActions(items: readonly ActionItem[], f: ActionFilter): ActionItem[] {
  return items.filter(
    (a) =>
      (f.owner === undefined || a.owner === f.owner) &&
      (f.status === undefined || a.status === f.status) &&
      (f.source === undefined || a.source === f.source) &&
      (f.due === undefined || (f.due === 'overdue' ? a.overdue : a.dueSoon)),
  );
}

/** Sorted copy; no due date sorts last; ties by title so the order is stable. */
export function sortActions(items: readonly ActionItem[], by: ActionSort): ActionItem[] {
  const key = (a: ActionItem) => (by === 'dueDate' ? (a.dueDate ?? '\uffff') : a[by]);
  return [...items].sort((a, b) => key(a).localeCompare(key(b)) || a.title.localeCompare(b.title));
}
