// Risk-area dependencies become BIA resources: each dependency that no resource stands for yet
// gets one, in the same area (a person, a site or network, a system), with its name and notes and
// a link back (riskDependencyId). The dependency itself is kept as it is, so nothing is lost.
// Pure: the database migration (db/migrations/004-bia.ts) and the backup migration (3 → 4) use it.
import { biaResourceSchema, type BiaResource } from './bia';

type StoredRow = Record<string, unknown>;

/** New resource rows for the dependencies no resource links to yet; rows that do not read are skipped. */
export function resourcesForRiskDependencies(
  dependencies: readonly StoredRow[],
  resources: readonly StoredRow[],
  now: string,
  newId: () => string,
): BiaResource[] {
  const linked = new Set(resources.map((r) => r.riskDependencyId).filter((id) => typeof id === 'string'));
  const nextOrder = new Map<unknown, number>();
  for (const r of resources) {
    const order = typeof r.order === 'number' ? r.order : 0;
    nextOrder.set(r.workbookId, Math.max(nextOrder.get(r.workbookId) ?? 0, order + 1));
  }
  const out: BiaResource[] = [];
  for (const d of dependencies) {
    if (typeof d.id !== 'string' || linked.has(d.id)) continue;
    const order = nextOrder.get(d.workbookId) ?? 0;
    const parsed = biaResourceSchema.safeParse({
      id: newId(),
      workbookId: d.workbookId,
      createdAt: now,
      updatedAt: now,
      rev: 0,
      // A dependency in the bin makes a resource in the bin: both come back together if wanted.
      deletedAt: d.deletedAt ?? null,
      order,
      name: d.name,
      kind: d.area,
      area: d.area,
      riskDependencyId: d.id,
      notes: d.notes ?? '',
    });
    if (!parsed.success) continue;
    nextOrder.set(d.workbookId, order + 1);
    linked.add(d.id);
    out.push(parsed.data);
  }
  return out;
}
