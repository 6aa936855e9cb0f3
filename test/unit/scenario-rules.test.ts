// Scenario domain rules as the scenarios step uses them: regions, score and band, coverage,
// readiness, overdue actions, the point-in-region lookup behind clicks, and the list's filters.
import { describe, expect, it } from 'vitest';
import { readiness } from '../../src/domain/readiness';
import { areaAnswerId } from '../../src/domain/risk-areas';
import { isActionOverdue, riskScore, severityOf, type Scenario } from '../../src/domain/scenario';
import type { WorkbookSnapshot } from '../../src/domain/tables';
import { coverageGaps, regionAt, regionOf, vennModel } from '../../src/domain/venn';
import { buildRecord } from '../../src/db/records';
import {
  filterScenarios,
  filtersFromParams,
  pageOf,
  paramsFromFilters,
  PAGE_SIZE,
} from '../../src/features/scenarios/list-filter';
import { overdueWarningKey, rpoWarningKey } from '../../src/features/scenarios/form-schema';

const wb = 'wb-1';
const scenario = (title: string, over: Partial<Scenario> = {}) =>
  buildRecord('scenarios', { workbookId: wb, title, areas: ['people'], ...over });

describe('region, score and band', () => {
  it('maps any order of areas to one region', () => {
    expect(regionOf(['systems', 'people'])).toBe('PS');
    expect(regionOf(['location'])).toBe('L');
    expect(regionOf(['location', 'people', 'systems'])).toBe('PLS');
  });
  it('scores likelihood x impact and bands it', () => {
    expect(riskScore({ likelihood: 4, impact: 5 })).toBe(20);
    expect(severityOf({ likelihood: 4, impact: 5 })).toBe('critical');
    expect(severityOf({ likelihood: 3, impact: 3 })).toBe('medium');
    expect(severityOf({ likelihood: 2, impact: 2 })).toBe('low');
    expect(severityOf({ likelihood: 2, impact: 5 })).toBe('high');
  });
  it('finds the region under a point of the diagram (what a click filters by)', () => {
    const model = vennModel([]);
    for (const r of model.regions) expect(regionAt(model, r.labelX, r.labelY)).toBe(r.region);
    expect(regionAt(model, 2, 2)).toBeNull();
  });
  it('reports the regions without scenarios as gaps', () => {
    const model = vennModel([scenario('a'), scenario('b', { areas: ['location', 'systems'] })]);
    expect(coverageGaps(model)).toEqual(['L', 'S', 'PL', 'PS', 'PLS']);
  });
});

describe('overdue actions and warnings', () => {
  it('flags an open action due before today, never a done one or one due today', () => {
    expect(isActionOverdue({ status: 'open', dueDate: '2026-01-01' }, '2026-01-02')).toBe(true);
    expect(isActionOverdue({ status: 'in_progress', dueDate: '2026-01-01' }, '2026-01-02')).toBe(true);
    expect(isActionOverdue({ status: 'done', dueDate: '2026-01-01' }, '2026-01-02')).toBe(false);
    expect(isActionOverdue({ status: 'open', dueDate: '2026-01-02' }, '2026-01-02')).toBe(false);
    expect(isActionOverdue({ status: 'open', dueDate: null }, '2026-01-02')).toBe(false);
    expect(overdueWarningKey({ status: 'open', dueDate: '2020-01-01' }, '2026-01-02')).toBe(
      'scenarios.overdueWarning',
    );
    expect(overdueWarningKey({ status: 'done', dueDate: '2020-01-01' }, '2026-01-02')).toBeNull();
  });
  it('flags RPO longer than RTO', () => {
    expect(rpoWarningKey({ rtoHours: 4, rpoHours: 8 })).toBe('scenarios.rpoWarning');
    expect(rpoWarningKey({ rtoHours: 4, rpoHours: 4 })).toBeNull();
    expect(rpoWarningKey({ rtoHours: null, rpoHours: 8 })).toBeNull();
  });
});

describe('readiness', () => {
  it('counts answered questions per area, scenarios per region, open and overdue actions', () => {
    const s1 = scenario('Snow', { areas: ['people', 'location', 'systems'] });
    const s2 = scenario('Gone', { areas: ['systems'] });
    const deleted = {
      ...scenario('Deleted', { areas: ['location'] }),
      deletedAt: '2026-01-01T00:00:00.000Z',
    };
    const answer = (questionKey: string, text: string, rating: 'weak' | 'not_assessed') =>
      buildRecord('areaAnswers', {
        id: areaAnswerId(wb, questionKey),
        workbookId: wb,
        area: 'people',
        questionKey,
        answer: text,
        rating,
      });
    const action = (status: 'open' | 'done', dueDate: string | null) =>
      buildRecord('mitigationActions', { workbookId: wb, scenarioId: s1.id, action: 'x', status, dueDate });
    const snapshot = {
      workbook: buildRecord('workbooks', { id: wb, title: 'W' }),
      areaAnswers: [
        answer('peopleOfflineShare', '30%', 'weak'),
        answer('peopleKeepRunning', '  ', 'not_assessed'),
      ],
      dependencies: [],
      scenarios: [s1, s2, deleted],
      policyChecks: [],
      mitigationActions: [action('open', '2020-01-01'), action('open', null), action('done', '2020-01-01')],
      responsibilities: [],
      providerChannels: [],
      internalChannels: [],
      contacts: [],
      incidents: [],
      lessons: [],
      approvers: [],
    } as unknown as WorkbookSnapshot;
    const r = readiness(snapshot, '2026-06-01');
    expect(r.areas.find((a) => a.area === 'people')).toEqual({
      area: 'people',
      answered: 1,
      total: 4,
      rated: 1,
    });
    expect(r.scenarioCount).toBe(2);
    expect(r.scenariosPerRegion).toMatchObject({ PLS: 1, S: 1, L: 0 });
    expect(r.gapRegions).toEqual(['P', 'L', 'PL', 'PS', 'LS']);
    expect(r.openActions).toBe(2);
    expect(r.overdueActions).toBe(1);
  });
});

describe('list filters', () => {
  const list = [
    scenario('Bravo', { areas: ['people'], likelihood: 5, impact: 5, status: 'reviewed', trigger: 'cyber' }),
    scenario('alpha', { areas: ['systems'], likelihood: 1, impact: 1, description: 'VPN concentrator' }),
    scenario('Charlie', { areas: ['systems'], likelihood: 3, impact: 4 }),
  ];
  const f = (query: string) => filtersFromParams(new URLSearchParams(query));
  const titles = (query: string) => filterScenarios(list, f(query)).map((s) => s.title);

  it('reads filters from the URL, ignoring values that are not allowed', () => {
    expect(f('region=XX&severity=bad&likelihood=9&sort=nope&page=-2')).toMatchObject({
      region: null,
      severity: null,
      likelihood: null,
      sort: 'score',
      page: 1,
    });
    const round = f('q=vpn&region=S&status=draft&likelihood=1&impact=1&sort=title&page=2');
    expect(paramsFromFilters(round)).toEqual({
      q: 'vpn',
      region: 'S',
      status: 'draft',
      likelihood: '1',
      impact: '1',
      sort: 'title',
      page: '2',
    });
  });
  it('filters by region, severity, status, trigger, cell and text, and sorts', () => {
    expect(titles('')).toEqual(['Bravo', 'Charlie', 'alpha']);
    expect(titles('sort=title')).toEqual(['alpha', 'Bravo', 'Charlie']);
    expect(titles('region=S')).toEqual(['Charlie', 'alpha']);
    expect(titles('severity=critical')).toEqual(['Bravo']);
    expect(titles('status=draft')).toEqual(['Charlie', 'alpha']);
    expect(titles('trigger=cyber')).toEqual(['Bravo']);
    expect(titles('likelihood=3&impact=4')).toEqual(['Charlie']);
    expect(titles('q=vpn')).toEqual(['alpha']);
  });
  it('pages long lists', () => {
    const many = Array.from({ length: 1000 }, (_, i) => i);
    expect(pageOf(many, 1).items).toHaveLength(PAGE_SIZE);
    expect(pageOf(many, 999)).toMatchObject({ current: 20, pages: 20 });
  });
});
