// App-wide notices about the browser's storage: work not kept (no IndexedDB), disk full, another
// tab blocking or superseding this one, and the backup reminder (dismissable, snoozed 3 days).
import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useState } from 'react';
import { backupFacts, isBackupReminderDue, snoozeBackupReminder, snoozeUntil } from '../../db/meta';
import { showToast } from '../../components/toast';
import { useT, type T } from '../../i18n/use-i18n';
import { exportEverythingNow } from './export-now';
import { useStore } from 'zustand';
import { saveStatusStore } from '../../lib/save-status';
import { useStorageHealth } from './use-storage-health';
import './storage.css';

const DAY_MS = 24 * 60 * 60 * 1000;

/** Exports every workbook with its unsaved edits; also offered by the app's error message. */
export function ExportNowButton({ t }: { t: T }) {
  const [busy, setBusy] = useState(false);
  const [failed, setFailed] = useState<string | null>(null);
  const run = () => {
    setBusy(true);
    setFailed(null);
    exportEverythingNow()
      .then(({ file, missing }) =>
        showToast({
          text: missing
            ? t('backup.exportMissing', { file, count: missing })
            : t('backup.exportDone', { file }),
        }),
      )
      .catch((e: unknown) => setFailed(e instanceof Error ? e.message : String(e)))
      .finally(() => setBusy(false));
  };
  return (
    <>
      <button type="button" disabled={busy} onClick={run}>
        {t('storage.exportNow')}
      </button>
      {failed !== null && (
        <p className="field-error" role="alert">
          {t('storage.exportFailed', { detail: failed.slice(0, 200) })}
        </p>
      )}
    </>
  );
}

export function StorageBanners() {
  const t = useT();
  const health = useStorageHealth();
  const save = useStore(saveStatusStore, (s) => s.state);
  // A one-off write refused by a full disk says so here too, with the export.
  const failedWrite = useStore(saveStatusStore, (s) => s.failedWrite);
  const diskFull =
    (save.kind === 'error' && save.reasonKey === 'save.quota') || failedWrite?.reasonKey === 'save.quota';
  const usable = health.mode === 'ok' || health.mode === 'memory';
  useAskForPersistence(health.mode === 'ok');
  return (
    <div className="storage-banners">
      {health.mode === 'memory' && (
        <div className="storage-banner storage-banner-danger" role="alert" data-testid="storage-memory">
          <strong>{t('storage.memoryTitle')}</strong>
          <p>{t('storage.memoryBody')}</p>
          <ExportNowButton t={t} />
        </div>
      )}
      {diskFull && (
        <div className="storage-banner storage-banner-danger" role="alert" data-testid="storage-quota">
          <strong>{t('storage.quotaTitle')}</strong>
          <p>{t('storage.quotaBody')}</p>
          <ExportNowButton t={t} />
        </div>
      )}
      {health.mode === 'blocked' && (
        <div className="storage-banner storage-banner-warning" role="alert" data-testid="storage-blocked">
          <strong>{t('storage.blockedTitle')}</strong>
          <p>{t('storage.blockedBody')}</p>
        </div>
      )}
      {health.mode === 'stopped' && (
        <div className="storage-banner storage-banner-warning" role="alert" data-testid="storage-stopped">
          <strong>{t('storage.stoppedTitle')}</strong>
          <p>{t('storage.stoppedBody')}</p>
          <button type="button" onClick={() => window.location.reload()}>
            {t('storage.reload')}
          </button>
        </div>
      )}
      {health.mode === 'deleted' && (
        <div className="storage-banner storage-banner-danger" role="alert" data-testid="storage-deleted">
          <strong>{t('storage.deletedTitle')}</strong>
          <p>{t('storage.deletedBody')}</p>
          <button type="button" onClick={() => window.location.reload()}>
            {t('storage.reload')}
          </button>
        </div>
      )}
      {usable && <BackupReminder />}
    </div>
  );
}

function BackupReminder() {
  const t = useT();
  const facts = useLiveQuery(backupFacts, [], null);
  if (!facts || !isBackupReminderDue(facts)) return null;
  const since = facts.lastBackupAt ?? facts.firstEditSinceBackupAt;
  const days = since ? Math.floor((Date.now() - Date.parse(since)) / DAY_MS) : 0;
  return (
    <div
      className="storage-banner"
      role="region"
      aria-label={t('storage.reminderTitle')}
      data-testid="backup-reminder"
    >
      <strong>{t('storage.reminderTitle')}</strong>
      <p>
        {facts.lastBackupAt ? t('storage.reminderDays', { days }) : t('storage.reminderNever')}{' '}
        {t('storage.reminderEdits', { count: facts.editsSinceBackup })}
      </p>
      <ExportNowButton t={t} />{' '}
      <button
        type="button"
        className="secondary"
        onClick={() => {
          // Advisory: if the snooze cannot be stored the reminder simply shows again.
          snoozeBackupReminder(snoozeUntil()).catch(() => undefined);
        }}
      >
        {t('storage.reminderLater')}
      </button>
    </div>
  );
}

/** Asks once per session for persistent storage (Chromium decides silently; others may ask). */
let asked = false;
function useAskForPersistence(enabled: boolean) {
  useEffect(() => {
    if (!enabled || asked || !navigator.storage?.persist) return;
    asked = true;
    navigator.storage
      .persisted()
      .then((granted) => (granted ? true : navigator.storage.persist()))
      .catch(() => undefined);
  }, [enabled]);
}
