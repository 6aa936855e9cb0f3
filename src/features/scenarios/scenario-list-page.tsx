// The scenarios step: the Venn overview and heat map (both filter the list), then the list with
// search, filters, sort, paging and bulk status change. Filters live in the URL query, so Back,
// reload and shared links keep them.
import { useMemo, useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { useOpenWorkbook } from '../../components/open-workbook';
import { showToast } from '../../components/toast';
import { heatMapModel } from '../../domain/heat-map';
import {
  riskScore,
  scenarioStatuses,
  severityBands,
  severityOf,
  triggers,
  type Scenario,
  type ScenarioStatus,
} from '../../domain/scenario';
import { regionKeys, regionOf, vennModel, type RegionKey } from '../../domain/venn';
import { regionName } from '../../i18n/regions';
import { useFormat, useT } from '../../i18n/use-i18n';
import { setScenarioStatus, useScenarios } from './data';
import { HeatMap } from './heat-map';
import {
  filterScenarios,
  filtersFromParams,
  hasActiveFilters,
  pageOf,
  paramsFromFilters,
  sortKeys,
  type ScenarioFilters,
} from './list-filter';
import { VennOverview } from './venn-overview';
import './scenarios.css';

export default function ScenarioListPage() {
  const t = useT();
  const workbook = useOpenWorkbook();
  const scenarios = useScenarios(workbook.id);
  const [params, setParams] = useSearchParams();
  const filters = filtersFromParams(params);
  const update = (patch: Partial<ScenarioFilters>, replace = false) =>
    setParams(paramsFromFilters({ ...filters, page: 1, ...patch }), { replace });

  const all = useMemo(() => scenarios ?? [], [scenarios]);
  const venn = useMemo(() => vennModel(all), [all]);
  const heat = useMemo(() => heatMapModel(all), [all]);
  const filtered = useMemo(() => filterScenarios(all, filters, t.language), [all, params, t.language]); // eslint-disable-line react-hooks/exhaustive-deps
  const { items, pages, current } = pageOf(filtered, filters.page);

  if (scenarios === undefined) return <p className="loading">{t('common.loading')}</p>;
  const base = `/w/${workbook.id}/scenarios`;
  return (
    <section className="page scenarios" aria-labelledby="scenarios-heading">
      <div className="scenarios-head">
        <h2 id="scenarios-heading">{t('scenarios.title')}</h2>
        <Link className="button" to={`${base}/new`}>
          {t('scenarios.newScenario')}
        </Link>
      </div>
      <p className="intro">{t('scenarios.intro')}</p>
      <div className="scenarios-pictures">
        <VennOverview
          model={venn}
          selected={filters.region}
          onSelect={(region) => update({ region: filters.region === region ? null : region })}
        />
        <HeatMap
          model={heat}
          selected={filters}
          onSelect={(likelihood, impact) =>
            filters.likelihood === likelihood && filters.impact === impact
              ? update({ likelihood: null, impact: null })
              : update({ likelihood, impact })
          }
        />
      </div>
      <h3 id="scenario-list-heading">{t('scenarios.listHeading')}</h3>
      <Filters filters={filters} update={update} />
      <p className="scenarios-count" role="status" data-testid="scenario-count">
        {t('scenarios.count', { shown: filtered.length, total: all.length })}
      </p>
      {all.length === 0 ? (
        <p className="muted">{t('scenarios.empty')}</p>
      ) : filtered.length === 0 ? (
        <p className="muted">{t('scenarios.noMatch')}</p>
      ) : (
        // Keyed by page and filters so the selection never carries over to rows the planner cannot see.
        <ScenarioTable key={params.toString()} items={items} base={base} />
      )}
      {pages > 1 && (
        <nav className="scenarios-pages" aria-label={t('scenarios.pagination')}>
          <button
            type="button"
            className="secondary"
            disabled={current <= 1}
            onClick={() => update({ page: current - 1 })}
          >
            {t('scenarios.prevPage')}
          </button>
          <span>{t('scenarios.page', { page: current, pages })}</span>
          <button
            type="button"
            className="secondary"
            disabled={current >= pages}
            onClick={() => update({ page: current + 1 })}
          >
            {t('scenarios.nextPage')}
          </button>
        </nav>
      )}
    </section>
  );
}

function Filters({
  filters,
  update,
}: {
  filters: ScenarioFilters;
  update: (patch: Partial<ScenarioFilters>, replace?: boolean) => void;
}) {
  const t = useT();
  const select = <K extends 'region' | 'severity' | 'status' | 'trigger'>(
    key: K,
    values: readonly string[],
    label: (v: string) => string,
  ) => (
    <div className="field">
      <label htmlFor={`filter-${key}`}>{t.loose(`scenarios.filter.${key}`)}</label>
      <select
        id={`filter-${key}`}
        value={filters[key] ?? ''}
        onChange={(e) => update({ [key]: e.target.value || null })}
      >
        <option value="">{t('common.all')}</option>
        {values.map((v) => (
          <option key={v} value={v}>
            {label(v)}
          </option>
        ))}
      </select>
    </div>
  );
  return (
    <div className="scenarios-filters" role="search" aria-label={t('scenarios.searchLabel')}>
      <div className="field scenarios-search">
        <label htmlFor="scenario-search">{t('scenarios.searchLabel')}</label>
        <input
          id="scenario-search"
          type="search"
          value={filters.q}
          onChange={(e) => update({ q: e.target.value }, true)}
        />
      </div>
      {select('region', regionKeys, (v) => regionName(t, v as RegionKey))}
      {select('severity', severityBands, (v) => t.loose(`scenarios.band.${v}`))}
      {select('status', scenarioStatuses, (v) => t.loose(`scenarios.status.${v}`))}
      {select('trigger', triggers, (v) => t.loose(`scenarios.trigger.${v}`))}
      <div className="field">
        <label htmlFor="scenario-sort">{t('scenarios.sortBy')}</label>
        <select
          id="scenario-sort"
          value={filters.sort}
          onChange={(e) => update({ sort: e.target.value as ScenarioFilters['sort'] })}
        >
          {sortKeys.map((k) => (
            <option key={k} value={k}>
              {t.loose(`scenarios.sort.${k}`)}
            </option>
          ))}
        </select>
      </div>
      {filters.likelihood !== null && filters.impact !== null && (
        <p className="badge scenarios-cell-filter">
          {t('scenarios.filter.cell', { likelihood: filters.likelihood, impact: filters.impact })}
        </p>
      )}
      {hasActiveFilters(filters) && (
        <button
          type="button"
          className="secondary"
          onClick={() =>
            update({
              q: '',
              region: null,
              severity: null,
              status: null,
              trigger: null,
              likelihood: null,
              impact: null,
            })
          }
        >
          {t('scenarios.clearFilters')}
        </button>
      )}
    </div>
  );
}

function ScenarioTable({ items, base }: { items: Scenario[]; base: string }) {
  const t = useT();
  const fmt = useFormat();
  const [selected, setSelected] = useState<Set<string>>(new Set());
  const [bulkStatus, setBulkStatus] = useState<ScenarioStatus>('reviewed');
  const allOnPage = items.length > 0 && items.every((s) => selected.has(s.id));
  const toggle = (id: string, on: boolean) =>
    setSelected((prev) => {
      const next = new Set(prev);
      if (on) next.add(id);
      else next.delete(id);
      return next;
    });
  const apply = () => {
    const count = setScenarioStatus(selected, bulkStatus);
    setSelected(new Set());
    showToast({ text: t('scenarios.bulkDone', { count }) });
  };
  return (
    <>
      <div className="toolbar scenarios-bulk">
        <span>{t('scenarios.selected', { count: selected.size })}</span>
        <label htmlFor="bulk-status">{t('scenarios.bulkStatus')}</label>
        <select
          id="bulk-status"
          value={bulkStatus}
          onChange={(e) => setBulkStatus(e.target.value as ScenarioStatus)}
        >
          {scenarioStatuses.map((s) => (
            <option key={s} value={s}>
              {t.loose(`scenarios.status.${s}`)}
            </option>
          ))}
        </select>
        <button type="button" disabled={selected.size === 0} onClick={apply}>
          {t('scenarios.applyBulk')}
        </button>
      </div>
      <div className="table-scroll">
        <table className="scenarios-table" aria-labelledby="scenario-list-heading">
          <thead>
            <tr>
              <th scope="col">
                <input
                  type="checkbox"
                  aria-label={t('scenarios.selectPage')}
                  checked={allOnPage}
                  onChange={(e) =>
                    setSelected(e.target.checked ? new Set(items.map((s) => s.id)) : new Set())
                  }
                />
              </th>
              <th scope="col">{t('scenarios.col_title')}</th>
              <th scope="col">{t('scenarios.col_region')}</th>
              <th scope="col">{t('scenarios.col_score')}</th>
              <th scope="col">{t('scenarios.col_status')}</th>
              <th scope="col">{t('scenarios.col_trigger')}</th>
              <th scope="col">{t('scenarios.col_updated')}</th>
            </tr>
          </thead>
          <tbody>
            {items.map((s) => {
              const score = riskScore(s);
              const band = severityOf(s);
              const region = regionOf(s.areas);
              return (
                <tr key={s.id}>
                  <td>
                    <input
                      type="checkbox"
                      aria-label={t('scenarios.selectRow', { title: s.title })}
                      checked={selected.has(s.id)}
                      onChange={(e) => toggle(s.id, e.target.checked)}
                    />
                  </td>
                  <td>
                    <Link to={`${base}/${s.id}`}>{s.title}</Link>
                  </td>
                  <td>{region ? regionName(t, region) : ''}</td>
                  <td>
                    <span className={`scenarios-band scenarios-band-${band}`}>
                      {score} · {t.loose(`scenarios.band.${band}`)}
                    </span>
                  </td>
                  <td>{t.loose(`scenarios.status.${s.status}`)}</td>
                  <td>{t.loose(`scenarios.trigger.${s.trigger}`)}</td>
                  <td>{fmt.date(s.updatedAt)}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </>
  );
}
