// Stands in for every page when the stored data must not be opened by this version of the app:
// made by a newer version, or an upgrade that failed (and was rolled back). Nothing is deleted.
import type { ReactNode } from 'react';
import { SCHEMA_VERSION } from '../../db/migrations';
import { useT } from '../../i18n/use-i18n';
import { useStorageHealth } from './use-storage-health';
import './storage.css';

export function StorageGate({ children }: { children: ReactNode }) {
  const t = useT();
  const health = useStorageHealth();
  if (health.mode === 'starting') return <p className="loading">{t('common.loading')}</p>;
  if (health.mode !== 'newer' && health.mode !== 'upgradeFailed') return <>{children}</>;
  const newer = health.mode === 'newer';
  return (
    <section className="page storage-gate" aria-labelledby="storage-gate-title">
      <h1 id="storage-gate-title">{t(newer ? 'storage.newerTitle' : 'storage.upgradeFailedTitle')}</h1>
      <p>
        {newer
          ? t('storage.newerBody', { version: health.installedVersion ?? '?', current: SCHEMA_VERSION })
          : t('storage.upgradeFailedBody')}
      </p>
      {health.detail && <p className="muted">{t('storage.technicalDetail', { detail: health.detail })}</p>}
      <button type="button" onClick={() => window.location.reload()}>
        {t('storage.reload')}
      </button>
    </section>
  );
}
