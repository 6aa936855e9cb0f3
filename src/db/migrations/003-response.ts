// Version 3: activation and response (issue 12): criteria, response roles, recovery procedures and
// their steps. Only new stores; the new optional fields on contacts and scenarios (availability
// hours, time zone, owner) need no index and take their schema defaults when read.
import type { Migration } from './types';

export const migration003: Migration = {
  version: 3,
  stores: {
    responseCriteria: 'id, workbookId',
    responseRoles: 'id, workbookId',
    responseProcedures: 'id, workbookId',
    procedureSteps: 'id, workbookId, procedureId',
  },
};
