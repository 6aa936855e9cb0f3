// The first screen: every workbook stored in this browser, and ways to start or bring one in.
import { useLiveQuery } from 'dexie-react-hooks';
import { lazy, Suspense, useState } from 'react';
import { Link } from 'react-router';
import { listWorkbooks } from '../../db/workbook-list';
import { isReviewOverdue, nextReviewDate, type Workbook } from '../../domain/workbook';
import { loadCatalogues } from '../../i18n';
import { useFormat, useT } from '../../i18n/use-i18n';
import { todayIso } from '../../lib/dates';
import { ExportBackupButton } from './export-backup-button';
import { useGo } from '../../components/use-go';

// The dialogs (form library, backup validation) load when first opened, not with the first screen.
const NewWorkbookDialog = lazy(() =>
  Promise.all([import('./new-workbook-dialog'), loadCatalogues(['errors', 'save'])]).then(([m]) => ({
    default: m.NewWorkbookDialog,
  })),
);

// The cards' write buttons (and the write path behind them) load just after the list shows.
const WorkbookCardActions = lazy(() =>
  Promise.all([import('./workbook-card-actions'), loadCatalogues(['save'])]).then(([m]) => ({
    default: m.WorkbookCardActions,
  })),
);

const ImportBackupDialog = lazy(() =>
  Promise.all([import('./import-backup-dialog'), loadCatalogues(['backup', 'errors'])]).then(([m]) => ({
    default: m.ImportBackupDialog,
  })),
);

export function WorkbookListPage() {
  const t = useT();
  const workbooks = useLiveQuery(listWorkbooks, [], null);
  const [creating, setCreating] = useState(false);
  const [importing, setImporting] = useState(false);
  const navigate = useGo();

  return (
    <section className="page workbook-list-page">
      <h1>{t('workbooks.listTitle')}</h1>
      <p className="intro">{t('workbooks.intro')}</p>
      <div className="toolbar">
        <button type="button" onClick={() => setCreating(true)}>
          {t('workbooks.newWorkbook')}
        </button>
        <button type="button" className="secondary" onClick={() => setImporting(true)}>
          {t('workbooks.importBackup')}
        </button>
        {workbooks && workbooks.length > 0 && <ExportBackupButton />}
      </div>
      {workbooks === null ? (
        <p className="loading">{t('common.loading')}</p>
      ) : workbooks.length === 0 ? (
        <p className="empty">{t('workbooks.empty')}</p>
      ) : (
        <ul className="workbook-cards">
          {workbooks.map((w) => (
            <WorkbookCard key={w.id} workbook={w} />
          ))}
        </ul>
      )}
      {creating && (
        <Suspense fallback={null}>
          <NewWorkbookDialog
            open={creating}
            onClose={() => setCreating(false)}
            onCreated={(id) => {
              setCreating(false);
              navigate(`/w/${id}`);
            }}
          />
        </Suspense>
      )}
      {importing && (
        <Suspense fallback={null}>
          <ImportBackupDialog open={importing} onClose={() => setImporting(false)} />
        </Suspense>
      )}
    </section>
  );
}

function WorkbookCard({ workbook }: { workbook: Workbook }) {
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
        <dt>{t('workbooks.status')}</dt>
        <dd>{t.loose(`workbooks.status.${workbook.status}`)}</dd>
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
