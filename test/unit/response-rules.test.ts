// Response rules: criteria thresholds, the declare warning, role flags (no alternate, stale, deleted
// contact), escalation loops, steps with no role and the keyboard reorder.
import { describe, expect, it } from 'vitest';
import { loadCatalogues, messageFor } from '../../src/i18n';
import {
  activationCriterionSchema,
  CRITERION_TEMPLATES,
  procedureStepSchema,
  responseRoleSchema,
  type ResponseRole,
} from '../../src/domain/response';
import {
  declareWarning,
  escalationLoops,
  moveStep,
  orderedSteps,
  roleFlags,
  stepProblem,
  stepsFromTemplate,
  wouldLoop,
} from '../../src/domain/response-rules';

const meta = (id: string) => ({
  id,
  workbookId: 'w1',
  createdAt: '2026-01-01T00:00:00.000Z',
  updatedAt: '2026-01-01T00:00:00.000Z',
});
const role = (id: string, extra: Partial<ResponseRole> = {}) =>
  responseRoleSchema.parse({ ...meta(id), ...extra });
const today = '2026-12-03';

describe('activation criteria', () => {
  it('keeps a number threshold with its unit and refuses text with errors.number', () => {
    const ok = activationCriterionSchema.parse({
      ...meta('c1'),
      condition: 'Payroll down',
      threshold: 4,
      unit: 'hours',
    });
    expect([ok.threshold, ok.unit]).toEqual([4, 'hours']);
    const bad = activationCriterionSchema.safeParse({ ...meta('c1'), condition: 'x', threshold: 'four' });
    expect(bad.success ? null : bad.error.issues[0]!.message).toBe('errors.number');
    const nan = activationCriterionSchema.safeParse({ ...meta('c1'), condition: 'x', threshold: NaN });
    expect(nan.success ? null : nan.error.issues[0]!.message).toBe('errors.number');
    const neg = activationCriterionSchema.safeParse({ ...meta('c1'), condition: 'x', threshold: -1 });
    expect(neg.success ? null : neg.error.issues[0]!.message).toBe('errors.nonNegative');
  });
});

describe('who may declare', () => {
  it('warns when every way to reach the declaring roles depends on the provider', () => {
    const mailOnly = role('r1', {
      mayDeclare: true,
      reachMethods: [
        { label: 'Teams', dependsOnProvider: true },
        { label: 'Outlook', dependsOnProvider: true },
      ],
    });
    expect(declareWarning([mailOnly])).toBe('providerOnly');
    const bridge = role('r2', {
      mayDeclare: true,
      reachMethods: [{ label: 'Bridge +82 2 1234 5678', dependsOnProvider: false }],
    });
    expect(declareWarning([mailOnly, bridge])).toBe(null);
    expect(declareWarning([role('r3')])).toBe('noDeclarer');
    expect(declareWarning([role('r4', { mayDeclare: true })])).toBe('noWay');
    expect(declareWarning([{ ...bridge, deletedAt: '2026-02-01T00:00:00.000Z' }, mailOnly])).toBe(
      'providerOnly',
    );
  });
});

describe('role flags', () => {
  const fresh = { id: 'a', lastVerifiedDate: '2026-10-01' };
  const fresh2 = { id: 'b', lastVerifiedDate: '2026-11-01' };
  const old = { id: 'c', lastVerifiedDate: '2026-05-01' };
  const never = { id: 'd', lastVerifiedDate: null };

  it('one contact and no alternate: flagged noAlternate only', () => {
    expect(roleFlags({ primaryContactId: 'a', alternateContactIds: [] }, [fresh], today)).toEqual([
      'noAlternate',
    ]);
  });
  it('a primary and a fresh alternate: no flags', () => {
    expect(roleFlags({ primaryContactId: 'a', alternateContactIds: ['b'] }, [fresh, fresh2], today)).toEqual(
      [],
    );
  });
  it('only stale contacts (older than 6 months or never verified): allStale', () => {
    expect(roleFlags({ primaryContactId: 'c', alternateContactIds: ['d'] }, [old, never], today)).toEqual([
      'allStale',
    ]);
    // exactly six months is not yet stale (the contacts rule)
    expect(
      roleFlags(
        { primaryContactId: 'e', alternateContactIds: ['a'] },
        [{ id: 'e', lastVerifiedDate: '2026-06-03' }, fresh],
        today,
      ),
    ).toEqual([]);
  });
  it('a role whose only contact was deleted reads no contact and no alternate', () => {
    expect(roleFlags({ primaryContactId: 'gone', alternateContactIds: [] }, [fresh], today)).toEqual([
      'noContact',
      'noAlternate',
    ]);
    expect(roleFlags({ primaryContactId: 'a', alternateContactIds: ['gone'] }, [fresh], today)).toEqual([
      'noAlternate',
    ]);
  });
});

describe('escalation', () => {
  it('finds a loop once, in chain order, and ignores chains that end', () => {
    const roles = [
      { id: 'a', escalatesToRoleId: 'b' },
      { id: 'b', escalatesToRoleId: 'c' },
      { id: 'c', escalatesToRoleId: 'a' },
      { id: 'd', escalatesToRoleId: 'a' },
      { id: 'e', escalatesToRoleId: null },
      { id: 'f', escalatesToRoleId: 'missing' },
    ];
    expect(escalationLoops(roles)).toEqual([['a', 'b', 'c']]);
    expect(escalationLoops([{ id: 's', escalatesToRoleId: 's' }])).toEqual([['s']]);
    expect(escalationLoops(roles.slice(3))).toEqual([]);
  });
  it('wouldLoop refuses the link that closes a chain and allows the others', () => {
    const roles = [
      { id: 'a', escalatesToRoleId: 'b' },
      { id: 'b', escalatesToRoleId: null },
      { id: 'c', escalatesToRoleId: null },
    ];
    expect(wouldLoop(roles, 'b', 'a')).toBe(true);
    expect(wouldLoop(roles, 'b', 'b')).toBe(true);
    expect(wouldLoop(roles, 'b', 'c')).toBe(false);
    expect(wouldLoop(roles, 'b', null)).toBe(false);
  });
  it('refuses escalation minutes that are not a whole number', () => {
    const r = responseRoleSchema.safeParse({ ...meta('r'), escalateAfterMinutes: 2.5 });
    expect(r.success ? null : r.error.issues[0]!.message).toBe('errors.integer');
  });
});

describe('procedure steps', () => {
  const step = (id: string, order: number, roleId: string | null = 'r1') =>
    procedureStepSchema.parse({ ...meta(id), procedureId: 'p1', order, roleId, action: `do ${id}` });

  it('a step with no role, or a deleted role, gets the message beside the field', () => {
    const roleIds = new Set(['r1']);
    expect(stepProblem(step('s1', 0, null), roleIds)).toBe('response.errors.stepRole');
    expect(stepProblem(step('s1', 0, 'r9'), roleIds)).toBe('response.errors.stepRole');
    expect(stepProblem(step('s1', 0), roleIds)).toBe(null);
  });
  it('moving a step up swaps it with the one above and renumbers only what changed', () => {
    const steps = [step('s1', 0), step('s2', 1), step('s3', 2)];
    expect([...moveStep(steps, 's3', -1)]).toEqual([
      ['s3', 1],
      ['s2', 2],
    ]);
    expect([...moveStep(steps, 's1', -1)]).toEqual([]);
    expect([...moveStep(steps, 's3', 1)]).toEqual([]);
    // gaps in order are closed up by the move
    const gappy = [step('x', 5), step('y', 9)];
    expect([...moveStep(gappy, 'x', 1)]).toEqual([
      ['y', 0],
      ['x', 1],
    ]);
    expect(orderedSteps([step('b', 1), step('a', 1), step('c', 0)]).map((s) => s.id)).toEqual([
      'c',
      'a',
      'b',
    ]);
  });
});

describe('procedure template', () => {
  it('copies the first-hour to return-to-normal outline, each step given the first role of its kind', () => {
    const roles = [
      role('lead2', { kind: 'incident_lead', order: 2 }),
      role('lead1', { kind: 'incident_lead', order: 1 }),
      role('it', { kind: 'it_recovery' }),
      role('comms', { kind: 'communications', deletedAt: '2026-02-01T00:00:00.000Z' }),
    ];
    expect(
      stepsFromTemplate(roles).map((s) => [s.order, s.offsetMinutes, s.kind, s.actionKey, s.roleId]),
    ).toEqual([
      [0, 0, 'first_hour', 'declare', 'lead1'],
      [1, 15, 'first_hour', 'informStaff', null],
      [2, 30, 'first_hour', 'assess', 'it'],
      [3, 60, 'recovery', 'workaround', 'it'],
      [4, 120, 'recovery', 'provider', null],
      [5, null, 'stand_down', 'standDown', 'lead1'],
      [6, null, 'return_to_normal', 'reconcile', 'it'],
    ]);
  });
});

describe('criterion templates', () => {
  it('each example has a number threshold, a unit and its condition text in English and Korean', async () => {
    await loadCatalogues(['response']);
    for (const t of CRITERION_TEMPLATES) {
      const parsed = activationCriterionSchema.parse({
        ...meta(t.key),
        condition: t.key,
        threshold: t.threshold,
        unit: t.unit,
      });
      expect(parsed.threshold).toBe(t.threshold);
      expect(messageFor('en', `response.template.${t.key}`), t.key).toBeTruthy();
      expect(messageFor('ko', `response.template.${t.key}`), t.key).toBeTruthy();
    }
    expect(CRITERION_TEMPLATES.map((t) => t.key)).toEqual([
      'tier1Down',
      'providerIncident',
      'siteUnreachable',
      'staffUnavailable',
    ]);
  });
});
