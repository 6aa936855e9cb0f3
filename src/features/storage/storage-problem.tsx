// The screen shown instead of the app when the stored data is from a newer version, or an upgrade
// failed and was rolled back: says what happened; the data is left exactly as it is.
import { SCHEMA_VERSION } from '../../db/migrations';
import { useT } from '../../i18n/use-i18n';
import type { useStorageHealth } from './use-storage-health';
import './storage.css';

export function StorageProblem({ health }: { health: ReturnType<typeof useStorageHealth> }) {
  const t = useT();
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
