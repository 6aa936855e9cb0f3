// BIA records: defaults a new process gets, the MTPD suggestion from the impact grid, and the
// objective rules (RTO above MTPD an error, RPO above RTO a warning).
import { describe, expect, it } from 'vitest';
import {
  biaProcessSchema,
  effectiveMtpd,
  emptyImpactGrid,
  objectiveProblems,
  suggestMtpdHours,
} from '../../src/domain/bia';

const meta = {
  id: 'p1',
  workbookId: 'w1',
  createdAt: '2026-01-01T00:00:00.000Z',
  updatedAt: '2026-01-01T00:00:00.000Z',
};

describe('BIA process', () => {
  it('a new process has an all-"none" grid, no money, tier 3 and no objectives', () => {
    const p = biaProcessSchema.parse({ ...meta, name: '급여 지급' });
    expect(p.impact.financial).toEqual(['none', 'none', 'none', 'none', 'none', 'none', 'none']);
    expect(p.money).toEqual([null, null, null, null, null, null, null]);
    expect([p.tier, p.mtpdHours, p.rtoHours, p.rpoHours, p.mtpdThreshold]).toEqual([
      3,
      null,
      null,
      null,
      'major',
    ]);
  });

  it('refuses a tier outside 1–4, a grid row of the wrong length and negative hours', () => {
    expect(biaProcessSchema.safeParse({ ...meta, name: 'x', tier: 5 }).success).toBe(false);
    const grid = { ...emptyImpactGrid(), legal: ['none'] };
    expect(biaProcessSchema.safeParse({ ...meta, name: 'x', impact: grid }).success).toBe(false);
    const neg = biaProcessSchema.safeParse({ ...meta, name: 'x', rtoHours: -1 });
    expect(neg.success ? null : neg.error.issues[0]!.message).toBe('bia.errors.hoursRange');
  });

  it('suggests the MTPD from the first bucket where any category reaches the threshold', () => {
    const grid = emptyImpactGrid();
    expect(suggestMtpdHours(grid, 'major')).toBeNull();
    grid.customer = ['minor', 'moderate', 'major', 'severe', 'severe', 'severe', 'severe'];
    grid.legal = ['none', 'none', 'none', 'none', 'major', 'severe', 'severe'];
    expect(suggestMtpdHours(grid, 'major')).toBe(24);
    expect(suggestMtpdHours(grid, 'moderate')).toBe(4);
    expect(suggestMtpdHours(grid, 'severe')).toBe(72);
    expect(effectiveMtpd({ impact: grid, mtpdThreshold: 'major', mtpdHours: 12 })).toBe(12);
    expect(effectiveMtpd({ impact: grid, mtpdThreshold: 'major', mtpdHours: null })).toBe(24);
  });

  it('RTO above MTPD is an error, RPO above RTO a warning', () => {
    const base = { impact: emptyImpactGrid(), mtpdThreshold: 'major' as const };
    expect(objectiveProblems({ ...base, mtpdHours: 24, rtoHours: 48, rpoHours: 1 })).toEqual({
      rto: 'bia.errors.rtoAboveMtpd',
    });
    expect(objectiveProblems({ ...base, mtpdHours: 24, rtoHours: 4, rpoHours: 8 })).toEqual({
      rpo: 'bia.warnings.rpoAboveRto',
    });
    expect(objectiveProblems({ ...base, mtpdHours: 24, rtoHours: 24, rpoHours: 24 })).toEqual({});
    expect(objectiveProblems({ ...base, mtpdHours: null, rtoHours: 999, rpoHours: null })).toEqual({});
  });
});
