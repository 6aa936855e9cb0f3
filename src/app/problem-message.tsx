// What the planner sees when something unexpected happened (a step that failed to render, a
// rejected promise nobody handled). The full message with its backup export loads on demand; until
// it is here, or if it cannot load (the app's files are gone), a short one with Reload stands in.
import { lazy, Suspense } from 'react';
import { loadCatalogues } from '../i18n';
import { useT } from '../i18n/use-i18n';
import { ErrorBoundary } from './error-boundary';
import type { ProblemProps } from './problem-details';

const ProblemDetails = lazy(() =>
  Promise.all([import('./problem-details'), loadCatalogues(['storage', 'backup', 'save'])]).then(([m]) => ({
    default: m.ProblemDetails,
  })),
);

function ShortProblem({ detail }: ProblemProps) {
  const t = useT();
  return (
    <div className="storage-banner storage-banner-danger" role="alert" data-testid="unexpected-error">
      <strong>{t('common.errorTitle')}</strong>
      <p className="muted">
        <small>{detail}</small>
      </p>
      <button type="button" className="secondary" onClick={() => window.location.reload()}>
        {t('common.reload')}
      </button>
    </div>
  );
}

export function ProblemMessage(props: ProblemProps) {
  const short = <ShortProblem {...props} />;
  return (
    <ErrorBoundary fallback={short}>
      <Suspense fallback={short}>
        <ProblemDetails {...props} />
      </Suspense>
    </ErrorBoundary>
  );
}
