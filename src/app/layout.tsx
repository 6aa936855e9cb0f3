// The page frame: skip link, app header with language switch, the routed page, notices.
import { lazy, Suspense, useEffect } from 'react';
import { Link, Outlet, useLocation } from 'react-router';
import { languages, loadCatalogues, type Language } from '../i18n';
import { useLanguageStore, useT } from '../i18n/use-i18n';
import { ErrorBoundary } from './error-boundary';
import { UnexpectedErrorNotice } from './unexpected-errors';
import { useAfterFirstScreen } from './use-after-first-screen';
import { StorageGate } from '../features/storage/storage-gate';

// Storage notices matter only when something is wrong or a backup is due: they load after the
// first screen has shown (useAfterFirstScreen), with their messages; so does the update prompt,
// which registers the service worker.
const StorageBanners = lazy(() =>
  Promise.all([
    import('../features/storage/storage-banners'),
    loadCatalogues(['storage', 'backup', 'save']),
  ]).then(([m]) => ({
    default: m.StorageBanners,
  })),
);
// Toasts follow an action (an export, a delete): nothing shows one before the first screen is up.
const Toasts = lazy(() => import('../components/toast').then((m) => ({ default: m.Toasts })));
const UpdatePrompt = lazy(() => import('./update-prompt').then((m) => ({ default: m.UpdatePrompt })));

/** `whenIdle`: work for later (code of the next screens), run once the first screen is up and the browser idle. */
export function Layout({ whenIdle }: { whenIdle?: () => Promise<unknown> }) {
  const t = useT();
  const { language, setLanguage } = useLanguageStore();
  const { pathname } = useLocation();
  const afterFirstScreen = useAfterFirstScreen();
  useEffect(() => {
    if (!afterFirstScreen || !whenIdle) return;
    // Browsers without requestIdleCallback (Safari) wait a second instead.
    const run = () => {
      whenIdle().catch(() => undefined);
    };
    if (typeof window.requestIdleCallback !== 'function') {
      const timer = window.setTimeout(run, 1000);
      return () => window.clearTimeout(timer);
    }
    const handle = window.requestIdleCallback(run);
    return () => window.cancelIdleCallback(handle);
  }, [afterFirstScreen, whenIdle]);
  return (
    <>
      <a
        className="skip-link"
        href="#main"
        onClick={(e) => {
          e.preventDefault();
          document.getElementById('main')?.focus();
        }}
      >
        {t('common.skipToContent')}
      </a>
      <header className="app-header">
        <Link to="/" className="app-name">
          {t('common.appName')}
        </Link>
        <label className="language-switch">
          <span className="visually-hidden">{t('common.language')}</span>
          <select
            value={language}
            onChange={(e) => setLanguage(e.target.value as Language)}
            aria-label={t('common.language')}
          >
            {languages.map((l) => (
              <option key={l} value={l}>
                {l === 'en' ? t('common.english') : t('common.korean')}
              </option>
            ))}
          </select>
        </label>
      </header>
      {afterFirstScreen && (
        <Suspense fallback={null}>
          <StorageBanners />
        </Suspense>
      )}
      <main id="main" tabIndex={-1}>
        <UnexpectedErrorNotice />
        <ErrorBoundary resetKey={pathname}>
          <StorageGate>
            <Outlet />
          </StorageGate>
        </ErrorBoundary>
      </main>
      <footer className="storage-footer">
        <Link to="/storage">{t('common.storageLink')}</Link>
      </footer>
      {afterFirstScreen && (
        <Suspense fallback={null}>
          <UpdatePrompt />
        </Suspense>
      )}
      {afterFirstScreen && (
        <Suspense fallback={null}>
          <Toasts />
        </Suspense>
      )}
    </>
  );
}
