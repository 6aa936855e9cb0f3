// The steps of an open workbook, in order. Only steps that exist are listed. Each step's page is
// loaded on demand, together with the feature message catalogues, so the first screen pays for neither.
import { Suspense, type ComponentType, type ReactNode } from 'react';
import { matchPath } from 'react-router';
import { preloadable } from '../components/preloadable';
import { loadCatalogues, type MessageKey } from '../i18n';

const loaders = new Map<ReactNode, () => Promise<unknown>>();

/** A lazily loaded page whose messages are ready when it first renders. */
function stepPage(load: () => Promise<{ default: ComponentType }>): ReactNode {
  const { Component: Page, preload } = preloadable(() =>
    Promise.all([load(), loadCatalogues()]).then(([module]) => module),
  );
  const element = (
    <Suspense fallback={<p className="loading">…</p>}>
      <Page />
    </Suspense>
  );
  loaders.set(element, preload);
  return element;
}

export type Step = {
  id: string;
  /** Relative to #/w/:workbookId; '' is the workbook's index page. */
  path: string;
  labelKey: MessageKey;
  element: ReactNode;
  /** Further routes under this step (e.g. an editor at 'scenarios/:scenarioId'); not shown in the nav. */
  children?: { path: string; element: ReactNode }[];
};

export const steps: Step[] = [
  {
    id: 'overview',
    path: '',
    labelKey: 'workbooks.step.overview',
    element: stepPage(() => import('./overview-page')),
  },
  {
    id: 'areas',
    path: 'areas',
    labelKey: 'workbooks.step.areas',
    element: stepPage(() => import('../features/risk-areas/risk-areas-page')),
    children: [
      { path: 'areas/:area', element: stepPage(() => import('../features/risk-areas/risk-areas-page')) },
    ],
  },
  {
    id: 'scenarios',
    path: 'scenarios',
    labelKey: 'workbooks.step.scenarios',
    element: stepPage(() => import('../features/scenarios/scenario-list-page')),
    children: [
      { path: 'scenarios/new', element: stepPage(() => import('../features/scenarios/new-scenario-page')) },
      {
        path: 'scenarios/:scenarioId',
        element: stepPage(() => import('../features/scenarios/scenario-editor-page')),
      },
    ],
  },
  {
    id: 'bia',
    path: 'bia',
    labelKey: 'workbooks.step.bia',
    element: stepPage(() => import('../features/bia/bia-page')),
  },
  {
    id: 'response',
    path: 'response',
    labelKey: 'workbooks.step.response',
    element: stepPage(() => import('../features/response/response-page')),
  },
  {
    id: 'actions',
    path: 'actions',
    labelKey: 'workbooks.step.actions',
    element: stepPage(() => import('../features/response/actions-page')),
  },
  {
    id: 'responsibilities',
    path: 'responsibilities',
    labelKey: 'workbooks.step.responsibilities',
    element: stepPage(() => import('../features/responsibilities/responsibilities-page')),
  },
  {
    id: 'communications',
    path: 'communications',
    labelKey: 'workbooks.step.communications',
    element: stepPage(() => import('../features/communications/communications-page')),
  },
  {
    id: 'incidents',
    path: 'incidents',
    labelKey: 'workbooks.step.incidents',
    element: stepPage(() => import('../features/incidents/incidents-page')),
  },
  {
    id: 'exercises',
    path: 'exercises',
    labelKey: 'workbooks.step.exercises',
    element: stepPage(() => import('../features/exercises/exercises-page')),
  },
  {
    id: 'versions',
    path: 'versions',
    labelKey: 'workbooks.step.versions',
    element: stepPage(() => import('../features/versions/versions-page')),
    children: [
      {
        path: 'versions/:versionId',
        element: stepPage(() => import('../features/versions/version-view-page')),
      },
    ],
  },
  {
    id: 'export',
    path: 'export',
    labelKey: 'workbooks.step.export',
    element: stepPage(() => import('../features/plan-export/export-page')),
  },
];

/** The step route a workbook URL (e.g. /w/id/scenarios/s-1) shows, or null. */
export function findStepRoute(pathname: string): { path: string; element: ReactNode } | null {
  const rest = matchPath('/w/:workbookId/*', pathname)?.params['*'];
  if (rest === undefined) return null;
  for (const step of steps) {
    for (const route of [{ path: step.path, element: step.element }, ...(step.children ?? [])]) {
      if (route.path === '' ? rest === '' : matchPath(`/${route.path}`, `/${rest}`) !== null) return route;
    }
  }
  return null;
}

/**
 * Starts loading the page of a workbook route at once, so opening a workbook by its URL does not
 * wait for the shell to render before fetching the step's code.
 */
export function preloadStep(pathname: string): Promise<unknown> | undefined {
  const route = findStepRoute(pathname);
  return route ? loaders.get(route.element)?.() : undefined;
}
