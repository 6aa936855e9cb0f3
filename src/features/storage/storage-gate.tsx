// Stands in for every page when the stored data must not be opened by this version of the app:
// made by a newer version, or an upgrade that failed (and was rolled back). Nothing is deleted.
// The explanation (and its messages) loads only when it is needed.
import { lazy, Suspense, type ReactNode } from 'react';
import { loadCatalogues } from '../../i18n';
import { useT } from '../../i18n/use-i18n';
import { useStorageHealth } from './use-storage-health';

const StorageProblem = lazy(() =>
  Promise.all([import('./storage-problem'), loadCatalogues(['storage'])]).then(([m]) => ({
    default: m.StorageProblem,
  })),
);

export function StorageGate({ children }: { children: ReactNode }) {
  const t = useT();
  const health = useStorageHealth();
  if (health.mode === 'starting') return <p className="loading">{t('common.loading')}</p>;
  if (health.mode !== 'newer' && health.mode !== 'upgradeFailed') return <>{children}</>;
  return (
    <Suspense fallback={<p className="loading">{t('common.loading')}</p>}>
      <StorageProblem health={health} />
    </Suspense>
  );
}
