// The full problem message: what it means, the banner's "Export a backup now" and Reload.
// Loaded only when something went wrong (with its messages), so the first screen does not carry it.
import { ExportNowButton } from '../features/storage/storage-banners';
import { useT } from '../i18n/use-i18n';

export type ProblemProps = { detail: string; onDismiss?: () => void };

export function ProblemDetails({ detail, onDismiss }: ProblemProps) {
  const t = useT();
  return (
    <div className="storage-banner storage-banner-danger" role="alert" data-testid="unexpected-error">
      <strong>{t('common.errorTitle')}</strong>
      <p>{t('save.errorBody')}</p>
      <p className="muted">
        <small>{detail}</small>
      </p>
      <div className="form-actions">
        <ExportNowButton t={t} />
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
