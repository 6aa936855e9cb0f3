// The workbook's index step: readiness at a glance (questions answered per area, scenarios per
// region with the gaps, open and overdue mitigation actions) above the workbook's own details.
import { lazy, Suspense } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { Link } from 'react-router';
import { useOpenWorkbook } from '../components/open-workbook';
import { loadSnapshot } from '../db/workbooks';
import { readiness } from '../domain/readiness';
import type { RegionKey } from '../domain/venn';
import { todayIso } from '../lib/dates';
import { regionName } from '../i18n/regions';
import { useT } from '../i18n/use-i18n';
import { PlanStateField, PlanStatusPanel } from '../features/versions/plan-status-panel';
import { WorkbookDetailsForm } from '../features/workbooks/workbook-details-page';
import './overview-page.css';

// Team sharing: its panel's code (not the sync engine, which loads only once sync is on).
const SharingPanel = lazy(() => import('../features/sync/sharing-panel'));

export default function OverviewPage() {
  const workbook = useOpenWorkbook();
  // The whole workbook, read once for every panel (it holds every version's snapshot string).
  const snapshot = useLiveQuery(() => loadSnapshot(workbook.id), [workbook.id]);
  return (
    <>
      <ReadinessPanel workbookId={workbook.id} snapshot={snapshot} />
      {snapshot && <PlanStatusPanel workbook={workbook} snapshot={snapshot} />}
      <WorkbookDetailsForm
        key={workbook.id}
        workbook={workbook}
        planState={snapshot && <PlanStateField snapshot={snapshot} />}
      />
      <Suspense fallback={null}>
        <SharingPanel workbook={workbook} />
      </Suspense>
    </>
  );
}

function ReadinessPanel({
  workbookId,
  snapshot,
}: {
  workbookId: string;
  snapshot: Awaited<ReturnType<typeof loadSnapshot>> | undefined;
}) {
  const t = useT();
  if (!snapshot) return <p className="loading">{t('common.loading')}</p>;
  const r = readiness(snapshot, todayIso());
  return (
    <section className="page overview-readiness" aria-labelledby="readiness-heading">
      <h2 id="readiness-heading">{t('scenarios.readinessHeading')}</h2>
      <div className="overview-cards">
        <div className="overview-card">
          <h3>{t('scenarios.readinessQuestions')}</h3>
          <ul data-testid="readiness-areas">
            {r.areas.map((a) => (
              <li key={a.area}>
                <strong>{t.loose(`riskAreas.area.${a.area}`)}</strong>:{' '}
                {t('riskAreas.answered', { answered: a.answered, total: a.total })} ·{' '}
                {t('scenarios.readinessRated', { rated: a.rated })}
              </li>
            ))}
          </ul>
          <Link to={`/w/${workbookId}/areas`}>{t('scenarios.goToAreas')}</Link>
        </div>
        <div className="overview-card">
          <h3>{t('scenarios.readinessRegions')}</h3>
          <p>{t('scenarios.readinessScenarioCount', { count: r.scenarioCount })}</p>
          <table data-testid="readiness-regions">
            <tbody>
              {Object.entries(r.scenariosPerRegion).map(([key, count]) => (
                <tr key={key}>
                  <th scope="row">{regionName(t, key as RegionKey)}</th>
                  <td>{count}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <p>
            {r.gapRegions.length === 0
              ? t('scenarios.readinessNoGaps')
              : t('scenarios.readinessGaps', {
                  regions: r.gapRegions.map((g) => regionName(t, g)).join(', '),
                })}
          </p>
          <Link to={`/w/${workbookId}/scenarios`}>{t('scenarios.goToScenarios')}</Link>
        </div>
        <div className="overview-card">
          <h3>{t('scenarios.readinessActions')}</h3>
          <dl className="overview-figures" data-testid="readiness-actions">
            <dt>{t('scenarios.openActions')}</dt>
            {/* Each figure opens the one action list (the overdue one already filtered to overdue). */}
            <dd>
              <Link
                to={`/w/${workbookId}/actions`}
                aria-label={`${r.openActions} ${t('scenarios.openActions')}`}
              >
                {r.openActions}
              </Link>
            </dd>
            <dt>{t('scenarios.overdueActions')}</dt>
            <dd className={r.overdueActions > 0 ? 'overview-overdue' : undefined}>
              <Link
                to={`/w/${workbookId}/actions?due=overdue`}
                aria-label={`${r.overdueActions} ${t('scenarios.overdueActions')}`}
              >
                {r.overdueActions}
              </Link>
            </dd>
          </dl>
          <Link to={`/w/${workbookId}/actions`}>{t('workbooks.step.actions')}</Link>
        </div>
      </div>
    </section>
  );
}
