// An open workbook: its title, save status and backup button, the step navigation, and the step
// (inside its own error boundary).
import { useLiveQuery } from 'dexie-react-hooks';
import { Link, NavLink, Outlet, useLocation, useParams } from 'react-router';
import { getRecord } from '../db/records';
import { SaveStatus } from '../components/save-status';
import type { OpenWorkbookContext } from '../components/open-workbook';
import { useT } from '../i18n/use-i18n';
import { ExportBackupButton } from '../features/workbooks/export-backup-button';
import { SyncFrame } from '../features/sync/sync-frame';
import { ErrorBoundary } from './error-boundary';
import { steps } from './steps';

export function WorkbookShell() {
  const t = useT();
  const { workbookId = '' } = useParams();
  const { pathname } = useLocation();
  const workbook = useLiveQuery(() => getRecord('workbooks', workbookId), [workbookId], 'loading' as const);
  if (workbook === 'loading') return <p className="loading">{t('common.loading')}</p>;
  if (!workbook || workbook.deletedAt) {
    return (
      <section className="page">
        <p>{t('common.notFound')}</p>
        <Link to="/">{t('common.backToList')}</Link>
      </section>
    );
  }
  const context: OpenWorkbookContext = { workbook };
  return (
    <div className="workbook-shell">
      <div className="workbook-header">
        <div>
          <h1 className="workbook-title">{workbook.title}</h1>
          <p className="workbook-meta">
            {workbook.organisation && <span>{workbook.organisation} · </span>}
            <span>{t('workbooks.revision', { rev: workbook.rev })}</span>
          </p>
        </div>
        <div className="workbook-header-actions">
          <SaveStatus draftScope={workbook.id} />
          <ExportBackupButton workbookId={workbook.id} title={workbook.title} />
        </div>
      </div>
      <nav aria-label={t('common.mainNav')} className="step-nav">
        <ul>
          {steps.map((step) => (
            <li key={step.id}>
              <NavLink
                to={step.path === '' ? `/w/${workbook.id}` : `/w/${workbook.id}/${step.path}`}
                end={step.path === ''}
              >
                {t(step.labelKey)}
              </NavLink>
            </li>
          ))}
        </ul>
      </nav>
      <div className="step-content">
        {/* One boundary per step: a step that throws (or whose code cannot load) shows the problem
            message while the header, its backup export and the step navigation stay usable;
            another step (another URL) tries again. */}
        <SyncFrame workbookId={workbook.id} step={stepOf(pathname)}>
          <ErrorBoundary resetKey={pathname}>
            <Outlet context={context} />
          </ErrorBoundary>
        </SyncFrame>
      </div>
    </div>
  );
}

/** The step a workbook URL is on (its id in steps.tsx), for presence. */
function stepOf(pathname: string): string {
  const path = pathname.split('/')[3] ?? '';
  return steps.find((s) => s.path === path)?.id ?? 'overview';
}
