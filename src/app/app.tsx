// Routes: the workbook list, and one URL per step of an open workbook (hash URLs, so any static
// server and any sub-path work, and reload or Back keeps the planner where they were).
import { createHashRouter, RouterProvider } from 'react-router';
import { useEffect } from 'react';
import { useLanguageStore } from '../i18n/use-i18n';
import { Layout } from './layout';
import { WorkbookListPage } from '../features/workbooks/workbook-list-page';
import { WorkbookShell } from './workbook-shell';
import { steps } from './steps';

const router = createHashRouter([
  {
    element: <Layout />,
    children: [
      { index: true, element: <WorkbookListPage /> },
      {
        path: 'w/:workbookId',
        element: <WorkbookShell />,
        children: steps.map((step) =>
          step.path === ''
            ? { index: true, element: step.element }
            : { path: step.path, element: step.element },
        ),
      },
      { path: '*', element: <WorkbookListPage /> },
    ],
  },
]);

export function App() {
  const language = useLanguageStore((s) => s.language);
  useEffect(() => {
    document.documentElement.lang = language;
  }, [language]);
  return <RouterProvider router={router} />;
}
