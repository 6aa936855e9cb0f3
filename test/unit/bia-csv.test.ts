// CSV export of BIA processes: objectives (MTPD as set and in force), then the impact grid and
// money per outage length, in English and Korean, with a formula-looking name defused.
import { beforeAll, describe, expect, it } from 'vitest';
import { biaProcessSchema } from '../../src/domain/bia';
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
