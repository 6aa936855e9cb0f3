// CSV export of BIA processes: objectives (MTPD as set and in force), then the impact grid and
// money per outage length, in English and Korean, with a formula-looking name defused.
import { beforeAll, describe, expect, it } from 'vitest';
import { biaProcessSchema } from '../../src/domain/bia';
import { impactGridCsv } from '../../src/features/bia/impact-grid-csv';
import { processesCsv } from '../../src/features/bia/processes-csv';
import { loadCatalogues } from '../../src/i18n';
import { makeT } from '../../src/i18n/use-i18n';

beforeAll(() => loadCatalogues());

const process = biaProcessSchema.parse({
  id: 'p',
  workbookId: 'w',
  createdAt: '2026-01-01T00:00:00.000Z',
  updatedAt: '2026-01-01T00:00:00.000Z',
  name: '=Payroll',
  tier: 1,
  ownerContactId: 'c',
  rtoHours: 4,
  rpoHours: 1,
  impact: { financial: ['none', 'major', 'severe', 'severe', 'severe', 'severe', 'severe'] },
  money: [null, 1000, 5000, null, null, null, null],
  currency: 'USD',
});
const contact = { id: 'c', name: 'Kim' } as never;

describe('processesCsv', () => {
  it('one row per process: objectives then the grid, in English', () => {
    const [header, row] = processesCsv(makeT('en'), [process], [contact]).replace('\uFEFF', '').split('\r\n');
    const cols = header!.split(',');
    expect(cols.slice(0, 6)).toEqual([
      'Name',
      'Description',
      'Department',
      'Criticality tier',
      'Owner',
      'Deputy',
    ]);
    expect(header).toContain('"Maximum tolerable period of disruption (MTPD), hours","MTPD in force, hours"');
    expect(header).toContain('Financial after 4 hours');
    expect(header!.endsWith('Estimated loss after 1 month,Peak months,Busiest at month-end,Peak dates')).toBe(
      true,
    );
    expect(cols.length).toBeGreaterThan(60);
    // MTPD not set: in force from the grid ("major" first reached at 4 hours).
    expect(row!.startsWith("'=Payroll,,,1,Kim,,,4,4,1,,,,USD,None,None,")).toBe(true);
    expect(row).toContain('None,Major,Severe,Severe,Severe,Severe,Severe');
    expect(row!.endsWith('None,,1000,5000,,,,,,No,')).toBe(true);
  });

  it('speaks Korean', () => {
    const csv = processesCsv(makeT('ko'), [process], [contact]);
    expect(csv).toContain('4시간 후 재무');
    expect(csv).toContain('없음,큼,심각');
  });
});

describe('impactGridCsv', () => {
  it('one row per process and category, a column per outage length, then the money row', () => {
    const lines = impactGridCsv(makeT('en'), [process]).replace('\uFEFF', '').split('\r\n');
    expect(lines[0]).toBe(
      'Process,Tier,Category,Currency,1 hour,4 hours,1 day,3 days,1 week,2 weeks,1 month',
    );
    expect(lines[1]).toBe("'=Payroll,1,Operational,,None,None,None,None,None,None,None");
    expect(lines[2]).toBe("'=Payroll,1,Financial,,None,Major,Severe,Severe,Severe,Severe,Severe");
    expect(lines[7]).toBe("'=Payroll,1,Estimated loss,USD,,1000,5000,,,,");
    expect(lines).toHaveLength(8);
    const ko = impactGridCsv(makeT('ko'), [process]).replace('\uFEFF', '').split('\r\n');
    expect(ko[0]).toBe('프로세스,등급,영향 분류,통화,1시간,4시간,1일,3일,1주,2주,1개월');
    expect(ko[2]).toBe("'=Payroll,1,재무,,없음,큼,심각,심각,심각,심각,심각");
  });
});
