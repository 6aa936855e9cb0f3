// Routes: the workbook list, and one URL per step of an open workbook (hash URLs, so any static
// server and any sub-path work, and reload or Back keeps the planner where they were).
// Declarative routing keeps react-router's share of the first screen at half the data router's.
import { lazy, Suspense, useEffect } from 'react';
import { HashRouter, Route, Routes } from 'react-router';
import { loadCatalogues } from '../i18n';
import { preloadable } from '../components/preloadable';
import { useLanguageStore } from '../i18n/use-i18n';
import { WorkbookListPage } from '../features/workbooks/workbook-list-page';
import { Layout } from './layout';
import { preloadStep, steps } from './steps';
import { installUnexpectedErrorHandlers } from './unexpected-errors';

// Installed as soon as the app's code runs, before anything can fail unnoticed.
if (typeof window !== 'undefined') installUnexpectedErrorHandlers();

// The storage panel, and an open workbook (its shell and the write path), load on demand; the first
// screen only lists.
const StoragePage = lazy(() =>
  Promise.all([import('./storage-page'), loadCatalogues(['storage', 'backup', 'save'])]).then(([m]) => m),
);
// Opened straight at a workbook URL (reload, bookmark): fetch the shell and the step in parallel,
// and show the shell once both are here, so the step does not suspend inside it.
const startPath = window.location.hash.replace(/^#/, '').split('?')[0] ?? '';
const startStep = startPath.startsWith('/w/') ? preloadStep(startPath) : undefined;
// The same holds when a workbook is opened from the list (a hash change): the shell fetches the step
// of the URL it is opened at, or React reveals the shell and then the step, each held back ~300 ms.
const currentPath = () => window.location.hash.replace(/^#/, '').split('?')[0] ?? '';
const { Component: WorkbookShell, preload: loadShell } = preloadable(() =>
  Promise.all([
    import('./workbook-shell'),
    loadCatalogues(['save', 'errors']),
    startStep ?? preloadStep(currentPath()),
  ]).then(([m]) => ({
    default: m.WorkbookShell,
  })),
);
/** Once the list is up and the browser idle: the shell and the overview, so opening a workbook does not suspend. */
// The backup code too: "Export all" is on the list, and a large workbook's export should not wait
// for its code on the click.
const preloadWorkbookCode = () =>
  Promise.all([loadShell(), preloadStep('/w/-'), import('../db/backup-export')]).catch(() => undefined);
// An invite link of a shared workbook (team sync): its page and messages load only when opened.
const JoinPage = lazy(() =>
  Promise.all([import('../features/sync/join-page'), loadCatalogues(['sync', 'save', 'errors'])]).then(
    ([m]) => m,
  ),
);
/** Resolves when the code for the start URL is here; main.tsx renders then, so nothing suspends. */
export const startCodeReady: Promise<unknown> = startStep
  ? loadShell().catch(() => undefined)
  : Promise.resolve();

export function App() {
  const language = useLanguageStore((s) => s.language);
  useEffect(() => {
    document.documentElement.lang = language;
  }, [language]);
  return (
    <HashRouter>
      <Routes>
        <Route element={<Layout whenIdle={preloadWorkbookCode} />}>
          <Route index element={<WorkbookListPage />} />
          <Route
            path="w/:workbookId"
            element={
              <Suspense fallback={<p className="loading">…</p>}>
                <WorkbookShell />
              </Suspense>
            }
          >
            {steps.flatMap((step) => [
              step.path === '' ? (
                <Route key={step.id} index element={step.element} />
              ) : (
                <Route key={step.id} path={step.path} element={step.element} />
              ),
              ...(step.children ?? []).map((child) => (
                <Route key={`${step.id}:${child.path}`} path={child.path} element={child.element} />
              )),
            ])}
          </Route>
          <Route
            path="storage"
            element={
              <Suspense fallback={<p className="loading">…</p>}>
                <StoragePage />
              </Suspense>
            }
          />
          <Route
            path="join/:payload"
            element={
              <Suspense fallback={<p className="loading">…</p>}>
                <JoinPage />
              </Suspense>
            }
          />
          <Route path="*" element={<WorkbookListPage />} />
        </Route>
      </Routes>
    </HashRouter>
  );
}
