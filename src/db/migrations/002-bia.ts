// Version 2: the business impact analysis tables (issue 14). Only new stores, so every existing
// record is kept as it is; risk-area dependencies stay and a BIA resource may link to one.
import type { Migration } from './types';

export const migration002: Migration = {
  version: 2,
  stores: {
    biaProcesses: 'id, workbookId',
    biaResources: 'id, workbookId',
    biaAlternatives: 'id, workbookId, resourceId',
    biaDependencies: 'id, workbookId, resourceId',
    biaScenarioImpacts: 'id, workbookId, scenarioId',
  },
};
