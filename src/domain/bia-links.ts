// Risk-area dependencies become BIA resources: each dependency that no resource stands for yet
// gets one, in the same area (a person, a site or network, a system), with its name and notes and
// a link back (riskDependencyId). The dependency itself is kept as it is, so nothing is lost.
// Pure: the database migration (db/migrations/004-bia.ts) and the backup migration (3 → 4) use it,
// and so does the risk-areas step when a dependency is added, renamed or removed later (the rules
// for which resource to link, and when a removal may take the resource with it, live here).
// Kept small and without zod: the migrations load with the first screen, the BIA schemas do not.
// Rows carry every field of the resource schema (its defaults); test/unit/bia-links.test.ts parses
// them with it. 300 and 20,000 are LIMITS of domain/common.ts (the test checks they still agree).
import type { BiaResource } from './bia';

type Row = Record<string, unknown>;

/** A dependency row as stored can make a resource: a name, an area of the three, notes in bounds. */
const readable = (d: Row) =>
  typeof d.id === 'string' &&
  typeof d.workbookId === 'string' &&
  typeof d.name === 'string' &&
  d.name.trim() !== '' &&
  d.name.length <= 300 &&
  (d.notes === undefined || (typeof d.notes === 'string' && d.notes.length <= 20_000)) &&
  (d.deletedAt == null || typeof d.deletedAt === 'string') &&
  ['people', 'location', 'systems'].includes(d.area as string);

/** New resource rows for the dependencies no resource links to yet; rows that do not read are skipped. */
export function resourcesForRiskDependencies(
  dependencies: readonly Row[],
  resources: readonly Row[],
  now: string,
  newId: () => string,
): BiaResource[] {
  const linked = new Set(resources.map((r) => r.riskDependencyId));
  const next = new Map<unknown, number>();
  for (const r of resources)
    next.set(r.workbookId, Math.max(next.get(r.workbookId) ?? 0, (Number(r.order) || 0) + 1));
  return dependencies
    .filter((d) => readable(d) && !linked.has(d.id))
    .map((d) => {
      const order = next.get(d.workbookId) ?? 0;
      next.set(d.workbookId, order + 1);
      return {
        id: newId(),
        createdAt: now,
        updatedAt: now,
        rev: 0,
        // A dependency in the bin makes a resource in the bin: both come back together if wanted.
        deletedAt: (d.deletedAt as string | null | undefined) ?? null,
        order,
        ...linkedResourceFields(d as unknown as LinkSource),
        processId: null,
        recoveryHours: null,
        recoveryBasis: 'achievable',
        headcount: null,
      };
    });
}

type Area = 'people' | 'location' | 'systems';
type LinkSource = { id: string; workbookId: string; area: Area; name: string; notes?: string };

/** What the resource standing for a dependency takes from it: its area (as kind too), name and notes. */
export const linkedResourceFields = (d: LinkSource) => ({
  workbookId: d.workbookId,
  name: d.name.trim(),
  kind: d.area,
  area: d.area,
  riskDependencyId: d.id,
  notes: d.notes ?? '',
});

/** Two names for the same thing: spaces around and letter case do not count. */
export const sameName = (a: string, b: string) =>
  a.trim().toLocaleLowerCase() === b.trim().toLocaleLowerCase();

/**
 * The linked resources that follow a rename of their dependency: those that still carry its name.
 * One the planner renamed in the BIA (a more exact name, say) is the planner's choice and stays.
 */
export const resourcesFollowingName = (
  dependencyName: string,
  linked: readonly { id: string; name: string }[],
) => linked.filter((r) => r.name.trim() === dependencyName.trim()).map((r) => r.id);

type ResourceRow = Pick<
  BiaResource,
  'id' | 'workbookId' | 'area' | 'name' | 'riskDependencyId' | 'deletedAt'
>;

/**
 * The live resource a newly added dependency should link to instead of making a second one: in
 * the same workbook and area, with the same name, and not standing for another live dependency
 * (unlinked, or linked to one that was removed). The first in `resources`' order wins.
 */
export function resourceToLink<R extends ResourceRow>(
  dependency: LinkSource,
  resources: readonly R[],
  liveDependencyIds: ReadonlySet<string>,
): R | undefined {
  return resources.find(
    (r) =>
      r.deletedAt === null &&
      r.workbookId === dependency.workbookId &&
      r.area === dependency.area &&
      sameName(r.name, dependency.name) &&
      (r.riskDependencyId === null ||
        r.riskDependencyId === dependency.id ||
        !liveDependencyIds.has(r.riskDependencyId)),
  );
}

/** What in the BIA refers to a resource (live rows only). */
export type BiaUse = {
  dependencies: readonly {
    processId: string | null;
    dependentResourceId: string | null;
    resourceId: string;
  }[];
  alternatives: readonly { resourceId: string }[];
  scenarioImpacts: readonly { resourceId: string }[];
  processes: readonly { id: string; siteResourceIds: readonly string[] }[];
};

/**
 * Whether removing a risk-area dependency may take its linked resource with it, and if not, how
 * many processes need the resource. It may only when nothing in the BIA refers to the resource and
 * the planner gave it nothing of its own there (a recovery time, a headcount, an alternative, a
 * scenario outage, a dependency either way, a process running at it): then the resource is only the
 * dependency's shadow. Otherwise it stays, and the step says why.
 */
export function resourceUse(
  resource: Pick<BiaResource, 'id' | 'recoveryHours' | 'headcount' | 'kind'>,
  use: BiaUse,
): { removable: boolean; processes: number } {
  const id = resource.id;
  const needing = new Set<string>();
  for (const d of use.dependencies) if (d.resourceId === id && d.processId) needing.add(d.processId);
  for (const p of use.processes) if (p.siteResourceIds.includes(id)) needing.add(p.id);
  const referred =
    needing.size > 0 ||
    use.dependencies.some((d) => d.resourceId === id || d.dependentResourceId === id) ||
    use.alternatives.some((a) => a.resourceId === id) ||
    use.scenarioImpacts.some((s) => s.resourceId === id);
  const own = resource.recoveryHours !== null || resource.headcount !== null;
  return { removable: !referred && !own, processes: needing.size };
}
