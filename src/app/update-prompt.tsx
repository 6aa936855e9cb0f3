// Offers a new version when the service worker has one; never reloads on its own, so an edit in
// progress is never dropped (update-flow.ts): the tab whose user accepts writes its saves and
// reloads; every other tab writes its saves and shows the offer. A long-open tab checks for a new
// version now and then. The service worker is registered after the first screen has loaded, so
// registration costs the first screen nothing.
import { useEffect, useState } from 'react';
import { useT } from '../i18n/use-i18n';
import { reportUnexpected } from '../lib/unexpected-error';
import { checkForUpdatesNowAndThen, createUpdateFlow } from './update-flow';

type Offer = { accept: () => Promise<void> };

const flush = async () => {
  const { flushSaves } = await import('../db/autosave');
  await flushSaves();
};

export function UpdatePrompt() {
  const t = useT();
  const [offer, setOffer] = useState<Offer | null>(null);
  useEffect(() => {
    if (!('serviceWorker' in navigator)) return;
    let stopChecks = () => undefined as void;
    let cancelled = false;
    const flow = createUpdateFlow({ flush, reload: () => window.location.reload(), show: setOffer });
    const register = () => {
      import('virtual:pwa-register')
        .then(({ registerSW }) => {
          if (cancelled) return;
          const updateSW = registerSW({
            onNeedRefresh: () => flow.needRefresh(() => updateSW(true)),
            // Without this, the plugin reloads every tab the new version takes over.
            onNeedReload: () => {
              flow.needReload().catch(reportUnexpected);
            },
            onRegisteredSW: (_url, registration) => {
              if (registration && !cancelled) stopChecks = checkForUpdatesNowAndThen(registration);
            },
          });
        })
        .catch(reportUnexpected);
    };
    if (document.readyState === 'complete') register();
    else window.addEventListener('load', register, { once: true });
    return () => {
      cancelled = true;
      stopChecks();
    };
  }, []);
  if (!offer) return null;
  return (
    <div className="update-prompt" role="alert">
      <span>{t('common.updateAvailable')}</span>
      <button
        type="button"
        onClick={() => {
          offer.accept().catch(reportUnexpected);
        }}
      >
        {t('common.updateNow')}
      </button>
      <button type="button" className="secondary" onClick={() => setOffer(null)}>
        {t('common.later')}
      </button>
    </div>
  );
}
