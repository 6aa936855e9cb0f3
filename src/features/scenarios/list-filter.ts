// The scenario list's filters, kept in the URL query (so Back and reload keep them), and the pure
// filtering and sorting behind the list.
import { compareRisk } from '../../domain/risk-ranking';
import { scenarioStatuses, severityOf, severityBands, triggers, type Scenario } from '../../domain/scenario';
import { regionKeys, regionOf, type RegionKey } from '../../domain/venn';

export const sortKeys = ['score', 'title', 'updated'] as const;
export type SortKey = (typeof sortKeys)[number];

export type ScenarioFilters = {
  q: string;
  region: RegionKey | null;
  severity: (typeof severityBands)[number] | null;
  status: (typeof scenarioStatuses)[number] | null;
  trigger: (typeof triggers)[number] | null;
  likelihood: number | null;
  impact: number | null;
  sort: SortKey;
  page: number;
};

const oneOf = <T extends string>(list: readonly T[], value: string | null): T | null =>
  value !== null && (list as readonly string[]).includes(value) ? (value as T) : null;
const rating = (value: string | null) => {
  const n = Number(value);
  return value !== null && Number.isInteger(n) && n >= 1 && n <= 5 ? n : null;
};

export function filtersFromParams(params: URLSearchParams): ScenarioFilters {
  const page = Number(params.get('page'));
  return {
    q: params.get('q') ?? '',
    region: oneOf(regionKeys, params.get('region')),
    severity: oneOf(severityBands, params.get('severity')),
    status: oneOf(scenarioStatuses, params.get('status')),
    trigger: oneOf(triggers, params.get('trigger')),
    likelihood: rating(params.get('likelihood')),
    impact: rating(params.get('impact')),
    sort: oneOf(sortKeys, params.get('sort')) ?? 'score',
    page: Number.isInteger(page) && page > 1 ? page : 1,
  };
}

/** Only the non-default filters, so URLs stay short. */
export function paramsFromFilters(f: ScenarioFilters): Record<string, string> {
  const out: Record<string, string> = {};
  if (f.q) out.q = f.q;
  if (f.region) out.region = f.region;
  if (f.severity) out.severity = f.severity;
  if (f.status) out.status = f.status;
  if (f.trigger) out.trigger = f.trigger;
  if (f.likelihood !== null) out.likelihood = String(f.likelihood);
  if (f.impact !== null) out.impact = String(f.impact);
  if (f.sort !== 'score') out.sort = f.sort;
  if (f.page > 1) out.page = String(f.page);
  return out;
}

export const hasActiveFilters = (f: ScenarioFilters) =>
  Boolean(
    f.q || f.region || f.severity || f.status || f.trigger || f.likelihood !== null || f.impact !== null,
  );

export function filterScenarios(list: readonly Scenario[], f: ScenarioFilters, locale = 'en'): Scenario[] {
  const needle = f.q.trim().toLocaleLowerCase(locale);
  const out = list.filter(
    (s) =>
      (!f.region || regionOf(s.areas) === f.region) &&
      (!f.severity || severityOf(s) === f.severity) &&
      (!f.status || s.status === f.status) &&
      (!f.trigger || s.trigger === f.trigger) &&
      (f.likelihood === null || s.likelihood === f.likelihood) &&
      (f.impact === null || s.impact === f.impact) &&
      (!needle || `${s.title}\n${s.description}`.toLocaleLowerCase(locale).includes(needle)),
  );
  const collator = new Intl.Collator(locale);
  const byTitle = (a: Scenario, b: Scenario) => collator.compare(a.title, b.title);
  if (f.sort === 'title') return out.sort(byTitle);
  if (f.sort === 'updated')
    return out.sort((a, b) => b.updatedAt.localeCompare(a.updatedAt) || byTitle(a, b));
  // The one risk ranking, so the list's first rows are the plan's top risks.
  return out.sort(compareRisk);
}

export const PAGE_SIZE = 50;
export function pageOf<T>(list: readonly T[], page: number) {
  const pages = Math.max(1, Math.ceil(list.length / PAGE_SIZE));
  const current = Math.min(page, pages);
  return { pages, current, items: list.slice((current - 1) * PAGE_SIZE, current * PAGE_SIZE) };
}
