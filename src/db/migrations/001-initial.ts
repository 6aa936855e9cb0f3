// Version 1: every table of the first shipped schema. Keep this file as it is forever;
// a later change adds 002-*.ts with its own stores and upgrade().
import type { Migration } from './types';

export const migration001: Migration = {
  version: 1,
  stores: {
    workbooks: 'id, updatedAt',
    areaAnswers: 'id, workbookId',
    dependencies: 'id, workbookId',
    scenarios: 'id, workbookId',
    policyChecks: 'id, workbookId, scenarioId',
    mitigationActions: 'id, workbookId, scenarioId',
    responsibilities: 'id, workbookId',
    providerChannels: 'id, workbookId',
    internalChannels: 'id, workbookId',
    contacts: 'id, workbookId',
    incidents: 'id, workbookId',
    lessons: 'id, workbookId, incidentId',
    approvers: 'id, workbookId',
    meta: 'key',
  },
};
