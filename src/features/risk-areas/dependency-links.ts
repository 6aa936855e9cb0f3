// Adding, removing and restoring a risk-area dependency together with the BIA resource that stands
// for it (issue 14), each as one transaction through the guarded write path: the dependency and its
// resource land together or not at all, so the two lists never disagree. Only this local write path
// links: a remote sync apply or a backup import carries the resource rows themselves, so nothing is
// made twice (test/unit/risk-area-links-sync.test.ts).
import { guardedWrite } from '../../db/guarded-write';
import {
  createRecord,
  getRecord,
  listByWorkbook,
  patchRecord,
  RecordNotFoundError,
  RecordValidationError,
  softDeleteRecord,
  undeleteRecord,
  writeTogether,
} from '../../db/records';
import type { BiaResource } from '../../domain/bia';
import { linkedResourceFields, resourceToLink, resourceUse, sameName } from '../../domain/bia-links';
import type { Area, Dependency } from '../../domain/risk-areas';

/** Every table a removal reads to decide whether the resource is needed elsewhere. */
const useTables = ['biaDependencies', 'biaAlternatives', 'biaScenarioImpacts', 'biaProcesses'] as const;

/** Inside a transaction: the dependency's resource, an existing same-named one of its area or a new one. */
async function linkResource(dependency: Dependency): Promise<BiaResource> {
  const [resources, dependencies] = await Promise.all([
    listByWorkbook('biaResources', dependency.workbookId),
    listByWorkbook('dependencies', dependency.workbookId),
  ]);
  const existing = resourceToLink(dependency, resources, new Set(dependencies.map((d) => d.id)));
  if (!existing) return createRecord('biaResources', linkedResourceFields(dependency));
  if (existing.riskDependencyId === dependency.id) return existing;
  return patchRecord('biaResources', existing.id, { riskDependencyId: dependency.id });
}

/**
 * Adds a dependency and links its BIA resource in one transaction. A second live dependency of the
 * same name in the area is refused (the list checks first, so this is only a race's backstop).
 */
export const addDependency = (workbookId: string, area: Area, name: string) =>
  guardedWrite(() =>
    writeTogether(['dependencies', 'biaResources'], async () => {
      const here = await listByWorkbook('dependencies', workbookId);
      if (here.some((d) => d.area === area && sameName(d.name, name)))
        throw new RecordValidationError('dependencies', 'name', 'riskAreas.errors.duplicate');
      const dependency = await createRecord('dependencies', { workbookId, area, name });
      await linkResource(dependency);
      return dependency;
    }),
  );

/** A dependency with no live resource (the planner removed it in the BIA) gets one again. */
export const linkDependency = (id: string) =>
  guardedWrite(() =>
    writeTogether(['dependencies', 'biaResources'], async () => {
      const dependency = await getRecord('dependencies', id);
      if (!dependency || dependency.deletedAt !== null) throw new RecordNotFoundError('dependencies', id);
      return linkResource(dependency);
    }),
  );

/** What a removal did to the linked resources: which went with it, which stayed and why. */
export type Removal = {
  removedResourceIds: string[];
  kept: { name: string; processes: number }[];
};

/**
 * Removes a dependency (soft) in one transaction with each linked resource that is only its shadow
 * (resourceUse): a resource that processes need, or that holds the planner's BIA work, stays,
 * and the outcome says so for the toast.
 */
export const removeDependency = (id: string) =>
  guardedWrite(() =>
    writeTogether(['dependencies', 'biaResources', ...useTables], async (): Promise<Removal> => {
      const dependency = await softDeleteRecord('dependencies', id);
      const workbookId = dependency.workbookId;
      const [resources, dependencies, alternatives, scenarioImpacts, processes] = await Promise.all([
        listByWorkbook('biaResources', workbookId),
        listByWorkbook('biaDependencies', workbookId),
        listByWorkbook('biaAlternatives', workbookId),
        listByWorkbook('biaScenarioImpacts', workbookId),
        listByWorkbook('biaProcesses', workbookId),
      ]);
      const removal: Removal = { removedResourceIds: [], kept: [] };
      for (const r of resources.filter((x) => x.riskDependencyId === id)) {
        const use = resourceUse(r, { dependencies, alternatives, scenarioImpacts, processes });
        if (use.removable) {
          await softDeleteRecord('biaResources', r.id);
          removal.removedResourceIds.push(r.id);
        } else removal.kept.push({ name: r.name, processes: use.processes });
      }
      return removal;
    }),
  );

/** Undo of a removal: the dependency and exactly the resources that went with it, in one transaction. */
export const restoreDependency = (id: string, removal: Removal) =>
  guardedWrite(() =>
    writeTogether(['dependencies', 'biaResources'], async () => {
      await undeleteRecord('dependencies', id);
      for (const r of removal.removedResourceIds) await undeleteRecord('biaResources', r);
    }),
  );
