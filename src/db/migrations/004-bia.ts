// Version 4, BIA (issue 14): the risk areas' dependency lists become BIA resources. No store
// changes; the upgrade adds one resource per dependency that no resource stands for yet, linked by
// riskDependencyId, and keeps every dependency row as it was.
import type Dexie from 'dexie';
import type { Migration } from './types';

export const migration004Bia: Migration = {
  version: 4,
  stores: {},
  upgrade: async (tx) => {
    // The rule loads only when an old database is upgraded: the migrations are on the first
    // screen, which has no room for it. Dexie.waitFor keeps the upgrade transaction open meanwhile
    // (reached through the database, so this file adds no import to the first screen).
    const DexieClass = tx.db.constructor as typeof Dexie;
    const { resourcesForRiskDependencies } = await DexieClass.waitFor(import('../../domain/bia-links'));
    const dependencies = (await tx.table('dependencies').toArray()) as Record<string, unknown>[];
    const resources = (await tx.table('biaResources').toArray()) as Record<string, unknown>[];
    const added = resourcesForRiskDependencies(dependencies, resources, new Date().toISOString(), () =>
      crypto.randomUUID(),
    );
    await tx.table('biaResources').bulkAdd(added);
  },
};
