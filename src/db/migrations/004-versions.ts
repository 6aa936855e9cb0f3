// Version 4, versions and sign-off (issue 15): published plan versions (one record per version,
// its snapshot inside as one string), the distribution list and review triggers. Only new stores.
import type { Migration } from './types';

export const migration004Versions: Migration = {
  version: 4,
  stores: {
    planVersions: 'id, workbookId',
    distributionList: 'id, workbookId',
    reviewTriggers: 'id, workbookId',
  },
};
