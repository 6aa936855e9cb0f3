// The scenario line: tier-1 processes whose RTO is breached within the first 4 hours, and the
// counts of RTO and MTPD breaches, from stored records through graphFromRecords.
import { describe, expect, it } from 'vitest';
import {
  biaAlternativeSchema,
  biaDependencySchema,
  biaProcessSchema,
  biaResourceSchema,
} from '../../src/domain/bia';
import { graphFromRecords, scenarioReach } from '../../src/domain/bia-scenario';

const meta = (id: string) => ({
  id,
  workbookId: 'w',
  createdAt: '2026-01-01T00:00:00.000Z',
  updatedAt: '2026-01-01T00:00:00.000Z',
});

describe('scenarioReach', () => {
  it('counts tier-1 processes broken within 4 hours, and RTO / MTPD breaches', () => {
    const processes = [
      biaProcessSchema.parse({ ...meta('a'), name: 'A', tier: 1, rtoHours: 2, mtpdHours: 24 }),
      biaProcessSchema.parse({ ...meta('b'), name: 'B', tier: 1, rtoHours: 8, mtpdHours: 12 }),
      biaProcessSchema.parse({ ...meta('c'), name: 'C', tier: 1, rtoHours: 1, mtpdHours: 4 }),
      biaProcessSchema.parse({ ...meta('d'), name: 'D', tier: 3, rtoHours: 1, mtpdHours: 48 }),
    ];
    const resources = [
      biaResourceSchema.parse({ ...meta('office'), name: 'Office', kind: 'location' }),
      biaResourceSchema.parse({ ...meta('erp'), name: 'ERP' }),
    ];
    const dependencies = ['a', 'b', 'd'].map((p) =>
      biaDependencySchema.parse({ ...meta(`d-${p}`), processId: p, resourceId: 'office' }),
    );
    dependencies.push(biaDependencySchema.parse({ ...meta('d-c'), processId: 'c', resourceId: 'erp' }));
    // C's ERP comes back by a workaround in 1 hour: within its RTO.
    const alternatives = [
      biaAlternativeSchema.parse({ ...meta('alt'), resourceId: 'erp', name: 'Paper', setupHours: 1 }),
    ];
    const graph = graphFromRecords({ processes, resources, dependencies, alternatives });
    const reach = scenarioReach(graph, [
      { resourceId: 'office', outageHours: 48, staffSharePercent: null },
      { resourceId: 'erp', outageHours: 48, staffSharePercent: null },
    ]);
    // A (RTO 2) and B (RTO 8, beyond the 4-hour window) and D (tier 3) breach; only A counts early.
    expect(reach).toEqual({ tierOneBrokenEarly: 1, breachRto: 3, breachMtpd: 2 });
  });
});
