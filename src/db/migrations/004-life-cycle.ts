// Version 4: the plan's life cycle (issue 15). Only new stores; new fields on existing records
// (mitigation actions' sourceExerciseId) need no index and take their schema defaults when read.
// - Exercises: the exercise log, its objectives, recoveries and findings, and the tabletop
//   runner's runs.
// - Versions and sign-off: published plan versions (one record per version, its snapshot inside
//   as one string), the distribution list and review triggers.
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
};
