// The first screen: every workbook stored in this browser, and ways to start or bring one in.
import { useLiveQuery } from 'dexie-react-hooks';
import { lazy, Suspense, useState } from 'react';
import { listWorkbooks } from '../../db/workbook-list';
import { loadCatalogues } from '../../i18n';
import { useT } from '../../i18n/use-i18n';
import { useGo } from '../../components/use-go';

// The dialogs (form library, backup validation) load when first opened, not with the first screen.
const NewWorkbookDialog = lazy(() =>
  Promise.all([import('./new-workbook-dialog'), loadCatalogues(['errors', 'save'])]).then(([m]) => ({
    default: m.NewWorkbookDialog,
  })),
);

// A card is drawn only once there are workbooks (after the first read): its code, and the card's
// write buttons behind it, load then, not with the first screen.
const WorkbookCard = lazy(() => import('./workbook-card').then((m) => ({ default: m.WorkbookCard })));

// Shown once workbooks exist (after the first read), so it need not weigh on the first screen.
const ExportBackupButton = lazy(() =>
  import('./export-backup-button').then((m) => ({ default: m.ExportBackupButton })),
);
const ImportBackupDialog = lazy(() =>
  Promise.all([import('./import-backup-dialog'), loadCatalogues(['backup', 'errors'])]).then(([m]) => ({
    default: m.ImportBackupDialog,
  })),
);

export function WorkbookListPage() {
  const t = useT();
  const workbooks = useLiveQuery(listWorkbooks, [], null);
  const [creating, setCreating] = useState(false);
  const [importing, setImporting] = useState(false);
  const navigate = useGo();

  return (
    <section className="page workbook-list-page">
      <h1>{t('workbooks.listTitle')}</h1>
      <p className="intro">{t('workbooks.intro')}</p>
      <div className="toolbar">
        <button type="button" onClick={() => setCreating(true)}>
          {t('workbooks.newWorkbook')}
        </button>
        <button type="button" className="secondary" onClick={() => setImporting(true)}>
          {t('workbooks.importBackup')}
        </button>
        {workbooks && workbooks.length > 0 && (
          <Suspense fallback={null}>
            <ExportBackupButton />
          </Suspense>
        )}
      </div>
      {workbooks === null ? (
        <p className="loading">{t('common.loading')}</p>
      ) : workbooks.length === 0 ? (
        <p className="empty">{t('workbooks.empty')}</p>
      ) : (
        <Suspense fallback={<p className="loading">{t('common.loading')}</p>}>
          <ul className="workbook-cards">
            {workbooks.map((w) => (
              <WorkbookCard key={w.id} workbook={w} />
            ))}
          </ul>
        </Suspense>
      )}
      {creating && (
        <Suspense fallback={null}>
          <NewWorkbookDialog
            open={creating}
            onClose={() => setCreating(false)}
            onCreated={(id) => {
              setCreating(false);
              navigate(`/w/${id}`);
            }}
          />
        </Suspense>
      )}
      {importing && (
        <Suspense fallback={null}>
          <ImportBackupDialog open={importing} onClose={() => setImporting(false)} />
        </Suspense>
      )}
    </section>
  );
}
