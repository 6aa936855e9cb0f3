// Version 4: the plan's life cycle (issue 15) and the risk areas' dependencies as BIA resources
// (issue 14). New fields on existing records (mitigation actions' sourceExerciseId, the workbook's
// currency) need no index and take their schema defaults when read.
// - Exercises: the exercise log, its objectives, recoveries and findings, and the tabletop
//   runner's runs (new stores).
// - Versions and sign-off: published plan versions (one record per version, its snapshot inside
//   as one string), the distribution list and review triggers (new stores).
// - BIA: the upgrade adds one resource per risk-area dependency that no resource stands for yet,
//   linked by riskDependencyId, and keeps every dependency row as it was.
import type Dexie from 'dexie';
import type { Migration } from './types';

export const migration004: Migration = {
  version: 4,
  stores: {
    exercises: 'id, workbookId',
    exerciseObjectives: 'id, workbookId, exerciseId',
    exerciseRecoveries: 'id, workbookId, exerciseId',
    exerciseFindings: 'id, workbookId, exerciseId',
    tabletopRuns: 'id, workbookId',
    planVersions: 'id, workbookId',
    distributionList: 'id, workbookId',
    reviewTriggers: 'id, workbookId',
  },
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
