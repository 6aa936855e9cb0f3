// Offers a new version when the service worker has one; never reloads on its own, so an edit
// in progress is never dropped. Pending saves are flushed before the reload. The service worker
// is registered after the first screen has loaded, so registration costs the first screen nothing.
import { useEffect, useState } from 'react';
import { useT } from '../i18n/use-i18n';

type Updater = (reloadPage?: boolean) => Promise<void>;

export function UpdatePrompt() {
  const t = useT();
  const [update, setUpdate] = useState<Updater | null>(null);
  useEffect(() => {
    if (!('serviceWorker' in navigator)) return;
    const register = () =>
      void import('virtual:pwa-register').then(({ registerSW }) => {
        const updateSW = registerSW({ onNeedRefresh: () => setUpdate(() => updateSW) });
      });
    if (document.readyState === 'complete') register();
    else window.addEventListener('load', register, { once: true });
  }, []);
  if (!update) return null;
  return (
    <div className="update-prompt" role="alert">
      <span>{t('common.updateAvailable')}</span>
      <button
        type="button"
        onClick={async () => {
          const { flushSaves } = await import('../db/autosave');
          await flushSaves();
          await update(true);
        }}
      >
        {t('common.updateNow')}
      </button>
      <button type="button" className="secondary" onClick={() => setUpdate(null)}>
        {t('common.later')}
      </button>
    </div>
  );
}
