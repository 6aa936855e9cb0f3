// Rules of the responsibility checklist: which items show in a phase, the matrix cells, progress, filters.
import {
  owners,
  responsibilityAreas,
  type Owner,
  type ResponsibilityArea,
  type ResponsibilityItem,
  type ReviewStatus,
} from './responsibility';

/** The two phases the matrix switches between; items of phase 'both' belong to each. */
export const matrixPhases = ['incident', 'regular'] as const;
export type MatrixPhase = (typeof matrixPhases)[number];

type ItemFields = Pick<ResponsibilityItem, 'phase' | 'owner' | 'area' | 'hidden' | 'reviewStatus'>;

export const appliesToPhase = (item: Pick<ResponsibilityItem, 'phase'>, phase: MatrixPhase) =>
  item.phase === phase || item.phase === 'both';

export type MatrixRow<I> = { area: ResponsibilityArea; cells: Record<Owner, I[]> };

/** Areas down the side, owners across; hidden items are left out. Keeps the items' order. */
export function matrixModel<I extends ItemFields>(items: readonly I[], phase: MatrixPhase): MatrixRow<I>[] {
  return responsibilityAreas.map((area) => {
    const cells = Object.fromEntries(owners.map((o) => [o, [] as I[]])) as Record<Owner, I[]>;
    for (const item of items) {
      if (!item.hidden && item.area === area && appliesToPhase(item, phase)) cells[item.owner].push(item);
    }
    return { area, cells };
  });
}

/** How many items of each owner a phase holds: the balance of the partnership at a glance. */
export function ownerBalance(items: readonly ItemFields[], phase: MatrixPhase): Record<Owner, number> {
  const out = { customer: 0, shared: 0, provider: 0 } as Record<Owner, number>;
  for (const item of items) if (!item.hidden && appliesToPhase(item, phase)) out[item.owner]++;
  return out;
}

export type ChecklistProgress = {
  total: number;
  reviewed: number;
  /** reviewed / total, 0 when there is nothing to review. */
  reviewedShare: number;
  counts: Record<ReviewStatus, number>;
  /** Items marked as a gap: the open gaps. */
  openGaps: number;
};

/** Progress over the visible (not hidden) items. */
export function checklistProgress(items: readonly ItemFields[]): ChecklistProgress {
  const counts: Record<ReviewStatus, number> = {
    not_reviewed: 0,
    in_place: 0,
    partial: 0,
    gap: 0,
    not_applicable: 0,
  };
  let total = 0;
  for (const item of items) {
    if (item.hidden) continue;
    total++;
    counts[item.reviewStatus]++;
  }
  const reviewed = total - counts.not_reviewed;
  return { total, reviewed, reviewedShare: total === 0 ? 0 : reviewed / total, counts, openGaps: counts.gap };
}

export type ChecklistFilter = {
  status: ReviewStatus | 'all';
  owner: Owner | 'all';
  phase: MatrixPhase | 'all';
  /** Show hidden items (so they can be restored) instead of the visible ones. */
  hidden: boolean;
};
export const noFilter: ChecklistFilter = { status: 'all', owner: 'all', phase: 'all', hidden: false };

export function filterChecklist<I extends ItemFields>(items: readonly I[], f: ChecklistFilter): I[] {
  return items.filter(
    (item) =>
      item.hidden === f.hidden &&
      (f.status === 'all' || item.reviewStatus === f.status) &&
      (f.owner === 'all' || item.owner === f.owner) &&
      (f.phase === 'all' || appliesToPhase(item, f.phase)),
  );
}
