// CSV of the response roles and of the recovery procedures: exact rows in English and Korean, a
// deleted contact still named, a procedure without steps kept as one row, formulas defused.
import { beforeAll, describe, expect, it } from 'vitest';
import { procedureStepSchema, responseProcedureSchema, responseRoleSchema } from '../../src/domain/response';
import { rolesCsv, proceduresCsv } from '../../src/features/response/response-csv';
import { loadCatalogues } from '../../src/i18n';
import { makeT } from '../../src/i18n/use-i18n';

beforeAll(() => loadCatalogues());

const meta = (id: string, order = 0) => ({
  id,
  workbookId: 'w',
  order,
  createdAt: '2026-01-01T00:00:00.000Z',
  updatedAt: '2026-01-01T00:00:00.000Z',
});
const lead = responseRoleSchema.parse({
  ...meta('lead'),
  kind: 'incident_lead',
  responsibilities: 'Declares',
  primaryContactId: 'kim',
  alternateContactIds: ['lee', 'park'],
  mayDeclare: true,
  reachMethods: [
    { label: 'Teams', dependsOnProvider: true },
    { label: 'Bridge 555', dependsOnProvider: false },
  ],
  escalatesToRoleId: 'own',
  escalateAfterMinutes: 15,
});
const own = responseRoleSchema.parse({ ...meta('own', 1), kind: 'custom', name: '=Crisis desk' });
const data = {
  roles: [lead, own],
  contacts: [
    { id: 'kim', name: 'Kim' },
    { id: 'lee', name: 'Lee' },
  ] as never[],
  goneContacts: new Map([['park', 'Park']]),
  processes: [{ id: 'p', name: 'Payroll' }] as never[],
  scenarios: [{ id: 's', title: 'Snow' }] as never[],
  procedures: [
    responseProcedureSchema.parse({
      ...meta('pr1'),
      title: 'Payroll by hand',
      processId: 'p',
      ownerContactId: 'lee',
    }),
    responseProcedureSchema.parse({
      ...meta('pr2', 1),
      title: 'Snow day',
      scope: 'scenario',
      scenarioId: 's',
    }),
  ],
  steps: [
    procedureStepSchema.parse({
      ...meta('s2', 1),
      procedureId: 'pr1',
      action: 'Pay by bank file',
      roleId: null,
    }),
    procedureStepSchema.parse({
      ...meta('s1', 0),
      procedureId: 'pr1',
      action: 'Declare',
      roleId: 'lead',
      offsetMinutes: 0,
      kind: 'first_hour',
      where: 'HQ',
      how: 'Call, then text',
    }),
  ],
};

describe('rolesCsv', () => {
  it('one row per role, in English', () => {
    expect(rolesCsv(makeT('en'), data).split('\r\n')).toEqual([
      '\uFEFFRole,Responsibilities,Primary,Alternates,May declare an incident,How to reach this role,Escalates to,After (minutes)',
      "Incident lead,Declares,Kim,Lee; Park,Yes,Teams (needs the provider’s mail or chat); Bridge 555,'=Crisis desk,15",
      "'=Crisis desk,,,,No,,,",
    ]);
  });
  it('in Korean', () => {
    expect(rolesCsv(makeT('ko'), data).split('\r\n')[1]).toBe(
      "사고 책임자,Declares,Kim,Lee; Park,예,Teams (공급자의 메일이나 채팅 필요); Bridge 555,'=Crisis desk,15",
    );
  });
});

describe('proceduresCsv', () => {
  it('one row per step in order; a procedure without steps is one row', () => {
    expect(proceduresCsv(makeT('en'), data).split('\r\n')).toEqual([
      '\uFEFFProcedure,Recovers,For,Owner,Step,Phase,When (minutes after declaring),Who (role),Does what,Where,How',
      'Payroll by hand,A process,Payroll,Lee,1,First hour,0,Incident lead,Declare,HQ,"Call, then text"',
      'Payroll by hand,A process,Payroll,Lee,2,Recovery,,,Pay by bank file,,',
      'Snow day,A scenario,Snow,,,,,,,,',
    ]);
  });
});
