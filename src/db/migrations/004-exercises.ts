// Version 4, exercises part (issue 15): the exercise log, its objectives, recoveries and findings,
// and the tabletop runner's runs. Only new stores; mitigation actions' new sourceExerciseId needs
// no index and takes its schema default (null) when read. At merge the lead folds this into the
// one version 4 with the other areas' stores.
import type { Migration } from './types';

export const migration004Exercises: Migration = {
  version: 4,
  stores: {
    exercises: 'id, workbookId',
    exerciseObjectives: 'id, workbookId, exerciseId',
    exerciseRecoveries: 'id, workbookId, exerciseId',
    exerciseFindings: 'id, workbookId, exerciseId',
    tabletopRuns: 'id, workbookId',
  },
};
