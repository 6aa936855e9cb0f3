// What the planner sees when something unexpected happened (a step that failed to render, a
// rejected promise nobody handled): what it means, the banner's "Export a backup now" (loaded on
// demand; if even that cannot load, Reload is still there) and Reload.
import { Component, lazy, Suspense, type ReactNode } from 'react';
import { loadCatalogues } from '../i18n';
import { useT } from '../i18n/use-i18n';

const ExportNowButton = lazy(() =>
  Promise.all([
    import('../features/storage/storage-banners'),
    loadCatalogues(['storage', 'backup', 'save']),
  ]).then(([m]) => ({ default: m.ExportNowButton })),
);

/** Renders nothing instead of its child when the child fails (the export button's code is gone). */
class Optional extends Component<{ children: ReactNode }, { failed: boolean }> {
  state = { failed: false };
  static getDerivedStateFromError() {
    return { failed: true };
  }
  render() {
    return this.state.failed ? null : this.props.children;
  }
}

export function ProblemMessage({ detail, onDismiss }: { detail: string; onDismiss?: () => void }) {
  const t = useT();
  return (
    <div className="storage-banner storage-banner-danger" role="alert" data-testid="unexpected-error">
      <strong>{t('common.errorTitle')}</strong>
      <p>{t('common.errorBody')}</p>
      <p className="muted">
        <small>{detail}</small>
      </p>
      <div className="form-actions">
        <Optional>
          <Suspense fallback={null}>
            <ExportNowButton t={t} />
          </Suspense>
        </Optional>
        <button type="button" className="secondary" onClick={() => window.location.reload()}>
          {t('common.reload')}
        </button>
        {onDismiss && (
          <button type="button" className="link-button" onClick={onDismiss}>
            {t('common.close')}
          </button>
        )}
      </div>
    </div>
  );
}
