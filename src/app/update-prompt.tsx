// Offers a new version when the service worker has one; never reloads on its own, so an edit
// in progress is never dropped. Pending saves are flushed before the reload.
import { useRegisterSW } from 'virtual:pwa-register/react';
import { flushSaves } from '../db/autosave';
import { useT } from '../i18n/use-i18n';

export function UpdatePrompt() {
  const t = useT();
  const {
    needRefresh: [needRefresh, setNeedRefresh],
    updateServiceWorker,
  } = useRegisterSW();
  if (!needRefresh) return null;
  return (
    <div className="update-prompt" role="alert">
      <span>{t('common.updateAvailable')}</span>
      <button
        type="button"
        onClick={async () => {
          await flushSaves();
          await updateServiceWorker(true);
        }}
      >
        {t('common.updateNow')}
      </button>
      <button type="button" className="secondary" onClick={() => setNeedRefresh(false)}>
        {t('common.later')}
      </button>
    </div>
  );
}
