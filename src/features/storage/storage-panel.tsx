// The storage panel: whether the browser promised to keep the data, how much space is used and
// available, when a backup was last exported and how much changed since, and restore.
import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useState } from 'react';
import { backupFacts } from '../../db/meta';
import { useFormat, useT } from '../../i18n/use-i18n';
import { reportUnexpected } from '../../lib/unexpected-error';
import { useStorageHealth } from './use-storage-health';
import './storage.css';

type Persist = 'granted' | 'notGranted' | 'unknown';
type Estimate = { usage: number; quota: number } | null;

function formatBytes(bytes: number, number: (n: number) => string) {
  const units = ['B', 'KB', 'MB', 'GB', 'TB'];
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit++;
  }
  return `${number(Math.round(value * 10) / 10)} ${units[unit]}`;
}

export function StoragePanel({ onRestore }: { onRestore: () => void }) {
  const t = useT();
  const fmt = useFormat();
  const health = useStorageHealth();
  const facts = useLiveQuery(backupFacts, [], null);
  const [persist, setPersist] = useState<Persist>('unknown');
  const [refused, setRefused] = useState(false);
  const [estimate, setEstimate] = useState<Estimate>(null);

  useEffect(() => {
    const storage = navigator.storage;
    // Facts for the panel only: a browser that cannot tell leaves them "unknown".
    storage
      ?.persisted?.()
      .then((p) => setPersist(p ? 'granted' : 'notGranted'))
      .catch(() => undefined);
    storage
      ?.estimate?.()
      .then((e) => setEstimate({ usage: e.usage ?? 0, quota: e.quota ?? 0 }))
      .catch(() => undefined);
  }, []);

  return (
    <section className="page storage-panel" aria-labelledby="storage-title">
      <h1 id="storage-title">{t('storage.panelTitle')}</h1>
      <p className="intro">{t('storage.panelIntro')}</p>
      <dl>
        <dt>{t('storage.mode')}</dt>
        <dd data-testid="storage-mode">
          {health.mode === 'memory' ? t('storage.modeMemory') : t('storage.modeOk')}
        </dd>
        <dt>{t('storage.persistence')}</dt>
        <dd data-testid="storage-persisted">
          {persist === 'granted'
            ? t('storage.persisted')
            : persist === 'notGranted'
              ? t('storage.notPersisted')
              : t('storage.persistUnknown')}
          {persist === 'notGranted' && navigator.storage?.persist && (
            <>
              {' '}
              <button
                type="button"
                className="secondary"
                onClick={() => {
                  navigator.storage
                    .persist()
                    .catch(() => false)
                    .then((granted) => {
                      setPersist(granted ? 'granted' : 'notGranted');
                      setRefused(!granted);
                    })
                    .catch(reportUnexpected);
                }}
              >
                {t('storage.askPersist')}
              </button>
            </>
          )}
          {refused && <p className="muted">{t('storage.persistRefused')}</p>}
        </dd>
        <dt>{t('storage.usage')}</dt>
        <dd data-testid="storage-usage">
          {estimate
            ? t('storage.usageValue', {
                used: formatBytes(estimate.usage, fmt.number),
                quota: formatBytes(estimate.quota, fmt.number),
              })
            : t('storage.persistUnknown')}
        </dd>
        <dt>{t('storage.lastBackup')}</dt>
        <dd data-testid="storage-last-backup">
          {facts?.lastBackupAt ? fmt.dateTime(facts.lastBackupAt) : t('storage.never')}
        </dd>
        <dt>{t('storage.editsSince')}</dt>
        <dd data-testid="storage-edits">{fmt.number(facts?.editsSinceBackup ?? 0)}</dd>
      </dl>
      <h2>{t('storage.restore')}</h2>
      <p>{t('storage.restoreHint')}</p>
      <button type="button" onClick={onRestore}>
        {t('storage.restore')}
      </button>
    </section>
  );
}
