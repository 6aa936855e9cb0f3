// Version 4, BIA (issue 14): the risk areas' dependency lists become BIA resources. No store
// changes; the upgrade adds one resource per dependency that no resource stands for yet, linked by
// riskDependencyId, and keeps every dependency row as it was.
import { resourcesForRiskDependencies } from '../../domain/bia-links';
import type { Migration } from './types';

export const migration004Bia: Migration = {
  version: 4,
  stores: {},
  upgrade: async (tx) => {
    const dependencies = (await tx.table('dependencies').toArray()) as Record<string, unknown>[];
    const resources = (await tx.table('biaResources').toArray()) as Record<string, unknown>[];
    const added = resourcesForRiskDependencies(dependencies, resources, new Date().toISOString(), () =>
      crypto.randomUUID(),
    );
    await tx.table('biaResources').bulkAdd(added);
  },
};
