// The steps of an open workbook, in order. Only steps that exist are listed; each feature's page
// is loaded on demand so the first screen does not pay for it.
import { lazy, Suspense, type ReactNode } from 'react';
import type { MessageKey } from '../i18n';

const WorkbookDetailsPage = lazy(() => import('../features/workbooks/workbook-details-page'));

export type Step = { id: string; path: string; labelKey: MessageKey; element: ReactNode };

const page = (Component: React.ComponentType) => (
  <Suspense fallback={<p className="loading">…</p>}>
    <Component />
  </Suspense>
);

export const steps: Step[] = [
  { id: 'details', path: '', labelKey: 'workbooks.step.details', element: page(WorkbookDetailsPage) },
];
