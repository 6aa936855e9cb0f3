import { describe, expect, it } from 'vitest';
import { heatMapModel } from '../../src/domain/heat-map';
import { severityOf } from '../../src/domain/scenario';
import { regionOf, vennModel, coverageGaps, areasOfRegion } from '../../src/domain/venn';

describe('Venn regions', () => {
  it('places every combination of areas in one of seven regions', () => {
    expect(regionOf(['people'])).toBe('P');
    expect(regionOf(['systems', 'people'])).toBe('PS');
    expect(regionOf(['location', 'systems'])).toBe('LS');
    expect(regionOf(['systems', 'location', 'people'])).toBe('PLS');
    expect(regionOf([])).toBeNull();
    expect(areasOfRegion('PL')).toEqual(['people', 'location']);
  });
  it('counts scenarios, keeps the worst band, and names the gaps', () => {
    const model = vennModel([
      { areas: ['people'], likelihood: 1, impact: 2 },
      { areas: ['people'], likelihood: 5, impact: 5 },
      { areas: ['people', 'location', 'systems'], likelihood: 3, impact: 3 },
    ]);
    const p = model.regions.find((r) => r.region === 'P')!;
    expect(p).toMatchObject({ count: 2, worstBand: 'critical', isGap: false });
    expect(model.regions.find((r) => r.region === 'PLS')).toMatchObject({ count: 1, worstBand: 'medium' });
    expect(coverageGaps(model)).toEqual(['L', 'S', 'PL', 'PS', 'LS']);
  });
});

describe('scores and heat map', () => {
  it('bands the 1-25 score', () => {
    expect([1, 4, 5, 9, 10, 16, 20, 25].map((score) => severityOf({ likelihood: 1, impact: score }))).toEqual(
      ['low', 'low', 'medium', 'medium', 'high', 'high', 'critical', 'critical'],
    );
  });
  it('counts each likelihood x impact cell, likelihood 5 on top', () => {
    const m = heatMapModel([
      { likelihood: 5, impact: 1 },
      { likelihood: 5, impact: 1 },
      { likelihood: 1, impact: 5 },
    ]);
    expect(m.rows[0]![0]).toMatchObject({ likelihood: 5, impact: 1, count: 2, band: 'medium' });
    expect(m.rows[4]![4]).toMatchObject({ likelihood: 1, impact: 5, count: 1 });
    expect(m.maxCount).toBe(2);
    expect(m.rows.flat().reduce((n, c) => n + c.count, 0)).toBe(3);
  });
});
