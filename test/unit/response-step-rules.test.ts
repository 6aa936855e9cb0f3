// The rules added for the activation and response step: a role's deleted contacts named, the
// escalation levels from a role (stopping before a loop), the default roles still missing, and
// every procedure template (its steps in order, each text in English and Korean).
import { describe, expect, it } from 'vitest';
import { responseRoleSchema, type ResponseRole } from '../../src/domain/response';
import { escalationLevels, missingContactIds, stepsFromTemplate } from '../../src/domain/response-rules';
import {
  DEFAULT_ROLE_KINDS,
  missingDefaultRoles,
  PROCEDURE_TEMPLATE_KEYS,
  PROCEDURE_TEMPLATES,
} from '../../src/domain/response-templates';
import { loadCatalogues, messageFor } from '../../src/i18n';

const role = (id: string, extra: Partial<ResponseRole> = {}) =>
  responseRoleSchema.parse({
    id,
    workbookId: 'w1',
    createdAt: '2026-01-01T00:00:00.000Z',
    updatedAt: '2026-01-01T00:00:00.000Z',
    ...extra,
  });

describe('a role whose contact was deleted', () => {
  it('names each id that no longer resolves, once, primary first', () => {
    const r = role('r', { primaryContactId: 'gone1', alternateContactIds: ['c1', 'gone2', 'gone1'] });
    expect(missingContactIds(r, new Set(['c1']))).toEqual(['gone1', 'gone2']);
    expect(missingContactIds(r, new Set(['c1', 'gone1', 'gone2']))).toEqual([]);
    expect(missingContactIds(role('empty'), new Set())).toEqual([]);
  });
});

describe('escalation levels', () => {
  it('follows the chain with the minutes waited before each level', () => {
    const roles = [
      role('a', { escalatesToRoleId: 'b', escalateAfterMinutes: 15 }),
      role('b', { escalatesToRoleId: 'c', escalateAfterMinutes: 30 }),
      role('c'),
    ];
    expect(escalationLevels(roles, 'a')).toEqual([
      { roleId: 'a', afterMinutes: null },
      { roleId: 'b', afterMinutes: 15 },
      { roleId: 'c', afterMinutes: 30 },
    ]);
    expect(escalationLevels(roles, 'c')).toEqual([{ roleId: 'c', afterMinutes: null }]);
    expect(escalationLevels(roles, 'missing')).toEqual([]);
  });
  it('stops before a role seen already (a loop) and skips deleted roles', () => {
    const loop = [
      role('a', { escalatesToRoleId: 'b', escalateAfterMinutes: 5 }),
      role('b', { escalatesToRoleId: 'a', escalateAfterMinutes: 10 }),
    ];
    expect(escalationLevels(loop, 'a').map((l) => l.roleId)).toEqual(['a', 'b']);
    const deleted = [
      role('a', { escalatesToRoleId: 'b', escalateAfterMinutes: 5 }),
      role('b', { deletedAt: '2026-02-01T00:00:00.000Z' }),
    ];
    expect(escalationLevels(deleted, 'a').map((l) => l.roleId)).toEqual(['a']);
  });
});

describe('default roles', () => {
  it('the seven defaults, in order, and only those the workbook lacks (deleted ones count as missing)', () => {
    expect(DEFAULT_ROLE_KINDS).toEqual([
      'incident_lead',
      'communications',
      'it_recovery',
      'facilities',
      'people_welfare',
      'supplier_liaison',
      'custom',
    ]);
    expect(missingDefaultRoles([])).toEqual(DEFAULT_ROLE_KINDS);
    expect(
      missingDefaultRoles([
        role('a', { kind: 'incident_lead' }),
        role('b', { kind: 'custom' }),
        role('c', { kind: 'facilities', deletedAt: '2026-02-01T00:00:00.000Z' }),
      ]),
    ).toEqual(['communications', 'it_recovery', 'facilities', 'people_welfare', 'supplier_liaison']);
  });
  it('each default role has its name and responsibilities in English and Korean', async () => {
    await loadCatalogues(['response']);
    for (const kind of DEFAULT_ROLE_KINDS) {
      for (const lang of ['en', 'ko'] as const) {
        expect(messageFor(lang, `response.kind.${kind}`), `${lang} ${kind}`).toBeTruthy();
        expect(messageFor(lang, `response.duty.${kind}`), `${lang} ${kind}`).toBeTruthy();
      }
    }
  });
});

describe('procedure templates', () => {
  it('each starts with the declaration in the first hour and ends with return to normal', () => {
    expect(PROCEDURE_TEMPLATE_KEYS).toEqual([
      'general',
      'providerOutage',
      'siteUnreachable',
      'staffShortage',
    ]);
    for (const key of PROCEDURE_TEMPLATE_KEYS) {
      const steps = PROCEDURE_TEMPLATES[key];
      expect(steps[0], key).toMatchObject({ offsetMinutes: 0, kind: 'first_hour', actionKey: 'declare' });
      expect(steps.at(-1)!.kind, key).toBe('return_to_normal');
      expect(
        steps.some((s) => s.kind === 'stand_down'),
        key,
      ).toBe(true);
      // Timed steps come in time order.
      const times = steps.flatMap((s) => (s.offsetMinutes === null ? [] : [s.offsetMinutes]));
      expect(times, key).toEqual([...times].sort((a, b) => a - b));
    }
  });
  it('every step text and template name is in English and Korean', async () => {
    await loadCatalogues(['response']);
    for (const key of PROCEDURE_TEMPLATE_KEYS) {
      for (const lang of ['en', 'ko'] as const) {
        expect(messageFor(lang, `response.templateName.${key}`), `${lang} ${key}`).toBeTruthy();
        for (const s of PROCEDURE_TEMPLATES[key]) {
          expect(messageFor(lang, `response.step.${s.actionKey}`), `${lang} ${s.actionKey}`).toBeTruthy();
        }
      }
    }
  });
  it('copies the provider-outage template with each step given the first role of its kind', () => {
    const roles = [role('lead', { kind: 'incident_lead' }), role('it', { kind: 'it_recovery' })];
    expect(
      stepsFromTemplate(roles, PROCEDURE_TEMPLATES.providerOutage).map((s) => [
        s.order,
        s.offsetMinutes,
        s.kind,
        s.actionKey,
        s.roleId,
      ]),
    ).toEqual([
      [0, 0, 'first_hour', 'declare', 'lead'],
      [1, 10, 'first_hour', 'statusElsewhere', 'it'],
      [2, 15, 'first_hour', 'bridgeNotMail', null],
      [3, 45, 'first_hour', 'workaround', 'it'],
      [4, 60, 'recovery', 'provider', null],
      [5, 120, 'recovery', 'regularUpdate', null],
      [6, null, 'stand_down', 'standDown', 'lead'],
      [7, null, 'return_to_normal', 'reconcile', 'it'],
    ]);
  });
});
