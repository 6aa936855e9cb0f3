// Risk-area dependencies become BIA resources: each dependency that no resource stands for yet
// gets one, in the same area (a person, a site or network, a system), with its name and notes and
// a link back (riskDependencyId). The dependency itself is kept as it is, so nothing is lost.
// Pure: the database migration (db/migrations/004-bia.ts) and the backup migration (3 → 4) use it.
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
      const area = d.area as BiaResource['area'] & string;
      return {
        id: newId(),
        workbookId: d.workbookId as string,
        createdAt: now,
        updatedAt: now,
        rev: 0,
        // A dependency in the bin makes a resource in the bin: both come back together if wanted.
        deletedAt: (d.deletedAt as string | null | undefined) ?? null,
        order,
        name: (d.name as string).trim(),
        kind: area,
        area,
        riskDependencyId: d.id as string,
        processId: null,
        recoveryHours: null,
        recoveryBasis: 'achievable',
        headcount: null,
        notes: (d.notes as string | undefined) ?? '',
      };
    });
}
