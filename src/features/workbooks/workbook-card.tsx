// One workbook on the first screen: its facts, Open, and its write buttons (duplicate, delete).
import { lazy, Suspense } from 'react';
import { Link } from 'react-router';
import { isReviewOverdue, nextReviewDate, type Workbook } from '../../domain/workbook';
import { loadCatalogues } from '../../i18n';
import { useFormat, useT } from '../../i18n/use-i18n';
import { todayIso } from '../../lib/dates';

// The cards' write buttons (and the write path behind them) load just after the list shows.
const WorkbookCardActions = lazy(() =>
  Promise.all([import('./workbook-card-actions'), loadCatalogues(['save'])]).then(([m]) => ({
    default: m.WorkbookCardActions,
  })),
);

export function WorkbookCard({ workbook }: { workbook: Workbook }) {
  const t = useT();
  const fmt = useFormat();
  const next = nextReviewDate(workbook);
  const overdue = isReviewOverdue(workbook, todayIso());
  return (
    <li className="workbook-card">
      <h2>
        <Link to={`/w/${workbook.id}`}>{workbook.title}</Link>
      </h2>
      <dl className="facts">
        {workbook.organisation && (
          <>
            <dt>{t('workbooks.organisation')}</dt>
            <dd>{workbook.organisation}</dd>
          </>
        )}
        <dt>{t('workbooks.nextReviewDate')}</dt>
        <dd>
          {next ? fmt.date(next) : t('workbooks.noReview')}
          {overdue && <span className="badge badge-warning"> {t('workbooks.reviewOverdue')}</span>}
        </dd>
      </dl>
      <p className="muted">{t('workbooks.updated', { date: fmt.dateTime(workbook.updatedAt) })}</p>
      <div
        className="card-actions"
        role="group"
        aria-label={t('workbooks.actions', { title: workbook.title })}
      >
        <Link className="button" to={`/w/${workbook.id}`}>
          {t('workbooks.open')}
        </Link>
        <Suspense fallback={null}>
          <WorkbookCardActions workbook={workbook} />
        </Suspense>
      </div>
    </li>
  );
}
