// A failed write, shown beside the control that caused it, with a Retry (the typed text is kept).
import type { WriteFailure } from '../db/guarded-write';
import { useT } from '../i18n/use-i18n';

export function WriteError({ error, onRetry }: { error: WriteFailure | null; onRetry: () => void }) {
  const t = useT();
  if (!error) return null;
  return (
    <p className="field-error write-error" role="alert" data-testid="write-error">
      <strong>{t('save.notSaved')}</strong>: {t.loose(error.reasonKey)}{' '}
      <button type="button" className="link-button" onClick={onRetry}>
        {t('save.retry')}
      </button>
    </p>
  );
}
