// The BIA's pure models for the plan and the charts: the report (tier order, can-be-met, scenario
// findings) and the impact chart layout (one chart per category, points on the level lines).
import { describe, expect, it } from 'vitest';
import {
  biaDependencySchema,
  biaProcessSchema,
  biaResourceSchema,
  emptyImpactGrid,
  IMPACT_CATEGORIES,
  OUTAGE_BUCKETS,
} from '../../src/domain/bia';
import { CHART_BOX, impactCharts } from '../../src/domain/bia-chart';
import { biaReport } from '../../src/domain/bia-report';

const meta = (id: string) => ({
  id,
  workbookId: 'w',
  createdAt: '2026-01-01T00:00:00.000Z',
  updatedAt: '2026-01-01T00:00:00.000Z',
});

describe('impactCharts', () => {
  it('draws one chart per category, a point per outage length, level 0 at the bottom', () => {
    const grid = {
      ...emptyImpactGrid(),
      financial: ['minor', 'major', 'severe', 'severe', 'severe', 'severe', 'severe'],
    };
    const charts = impactCharts(grid as never);
    expect(charts.map((c) => c.category)).toEqual([...IMPACT_CATEGORIES]);
    const financial = charts[1]!;
    expect(financial.points).toHaveLength(OUTAGE_BUCKETS.length);
    expect(financial.points[0]).toEqual({ bucket: 'h1', level: 'minor', x: CHART_BOX.left, y: 75.5 });
    expect(financial.points[6]!.x).toBe(CHART_BOX.width - CHART_BOX.right);
    expect(financial.points[2]!.y).toBe(CHART_BOX.top);
    expect(financial.levels.map((l) => l.y)).toEqual([98, 75.5, 53, 30.5, 8]);
    expect(financial.worst).toBe('severe');
    expect(financial.worstFrom).toBe('d1');
    expect(financial.path.startsWith(`M${CHART_BOX.left},75.5 L`)).toBe(true);
    expect(charts[0]!.worst).toBe('none');
    expect(charts[0]!.worstFrom).toBeNull();
  });
});

describe('biaReport', () => {
  it('orders by tier, says whether each RTO can be met, and what each scenario breaks', () => {
    const processes = [
      biaProcessSchema.parse({ ...meta('b'), name: 'B', tier: 3, rtoHours: 100 }),
      biaProcessSchema.parse({ ...meta('a'), name: 'A', tier: 1, rtoHours: 2, mtpdHours: 10 }),
      biaProcessSchema.parse({ ...meta('c'), name: 'C', tier: 1 }),
    ];
    const resources = [biaResourceSchema.parse({ ...meta('r'), name: 'R', recoveryHours: 24 })];
    const dependencies = ['a', 'b'].map((p) =>
      biaDependencySchema.parse({ ...meta(`d${p}`), processId: p, resourceId: 'r' }),
    );
    const report = biaReport({
      processes,
      resources,
      dependencies,
      alternatives: [],
      scenarios: [
        { id: 's1', title: 'Fire' },
        { id: 's2', title: 'Nothing' },
      ],
      scenarioImpacts: [{ scenarioId: 's1', resourceId: 'r', outageHours: 12, staffSharePercent: null }],
    });
    expect(report.processes.map((p) => [p.process.id, p.canMeet, p.backAt])).toEqual([
      ['a', 'notMet', 24],
      ['c', 'noRto', 0],
      ['b', 'met', 24],
    ]);
    expect(report.gaps).toEqual([{ processId: 'a', resourceId: 'r', backAt: 24, rtoHours: 2 }]);
    expect(report.scenarios).toEqual([
      {
        scenarioId: 's1',
        title: 'Fire',
        tierOneBrokenEarly: 1,
        breaches: [{ processId: 'a', rtoBreachAt: 2, mtpdBreachAt: 10, backAt: 12 }],
      },
    ]);
  });
});
