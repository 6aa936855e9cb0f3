// Around an open workbook's step: when sync is on for it, starts the connection (its code loads
// only then), tells the others which step this device is on, shows the status line, who else is
// here and lost-edit notices, and disables every control while the workbook is read-only here.
// With sync off it renders the step as it is and loads nothing.
import { useEffect, useState, type ReactNode } from 'react';
import { loadCatalogues } from '../../i18n';
import { useT } from '../../i18n/use-i18n';
import { reportUnexpected } from '../../lib/unexpected-error';
import { loadConnection, useSyncName, useSyncSettings } from './data';
import { lostLabel } from './lost-label';
import { useSyncStore, type LostNotice, type WorkbookSync } from './sync-store';
import './sync.css';

export function SyncFrame({
  workbookId,
  step,
  children,
}: {
  workbookId: string;
  step: string;
  children: ReactNode;
}) {
  const settings = useSyncSettings(workbookId);
  const on = settings !== 'loading' && settings !== null;
  const name = useSyncName();
  const [ready, setReady] = useState(false);
  const state = useSyncStore((s) => s.byWorkbook[workbookId]);

  useEffect(() => {
    if (!on) return;
    Promise.all([loadConnection(), loadCatalogues(['sync'])])
      .then(async ([connection]) => {
        setReady(true);
        await connection.startSync(workbookId);
      })
      .catch(reportUnexpected);
  }, [on, workbookId]);

  useEffect(() => {
    if (!on || !ready) return;
    loadConnection()
      .then((c) => c.setPresence(workbookId, { name, step }))
      .catch(reportUnexpected);
  }, [on, ready, workbookId, name, step, state?.status]);

  if (!on || !ready || !state) return <>{children}</>;
  return (
    <>
      <SyncBar workbookId={workbookId} state={state} />
      {state.readOnly ? (
        <fieldset disabled className="sync-readonly" aria-describedby="sync-readonly-note">
          {children}
        </fieldset>
      ) : (
        children
      )}
    </>
  );
}

function SyncBar({ workbookId, state }: { workbookId: string; state: WorkbookSync }) {
  const t = useT();
  const refused = state.refused;
  const reason = !refused
    ? ''
    : refused.reason === 'auth'
      ? t('sync.refused.auth')
      : t('sync.refused.newerSchema', { docVersion: refused.docVersion, appVersion: refused.appVersion });
  return (
    <div className="sync-bar" data-testid="sync-bar">
      <p
        role="status"
        data-testid="sync-status"
        data-status={state.status}
        className={`sync-status sync-${state.status}`}
      >
        {state.status === 'refused' ? t('sync.status.refused', { reason }) : t(`sync.status.${state.status}`)}
      </p>
      {state.readOnly && (
        <p id="sync-readonly-note" className="sync-readonly-note" data-testid="sync-readonly">
          {t('sync.readOnly')}
        </p>
      )}
      {state.peers.length > 0 && (
        <p className="sync-peers" data-testid="sync-peers">
          {t('sync.others', {
            names: state.peers
              .map((p) =>
                t('sync.onStep', {
                  name: p.name || t('sync.anonymous'),
                  step: p.step ? t.loose(`workbooks.step.${p.step}`) : '',
                }),
              )
              .join(', '),
          })}
        </p>
      )}
      {state.lost.map((notice) => (
        <LostEdit key={notice.key} workbookId={workbookId} notice={notice} />
      ))}
    </div>
  );
}

function LostEdit({ workbookId, notice }: { workbookId: string; notice: LostNotice }) {
  const t = useT();
  const [copied, setCopied] = useState(false);
  const copy = () => {
    navigator.clipboard.writeText(notice.lost).then(() => setCopied(true), reportUnexpected);
  };
  return (
    <div className="sync-lost" role="alert" data-testid="sync-lost" data-field={notice.field}>
      <p>
        <strong>{t('sync.lostTitle', { field: lostLabel(notice, t.language, t) })}</strong>
      </p>
      <p>{t('sync.lostYours')}</p>
      <pre className="sync-lost-value" data-testid="sync-lost-value">
        {notice.lost}
      </pre>
      <p className="sync-lost-kept">{t('sync.lostKept', { kept: notice.kept })}</p>
      <button type="button" onClick={copy}>
        {copied ? t('sync.copied') : t('sync.copy')}
      </button>{' '}
      <button type="button" onClick={() => useSyncStore.getState().dismissLost(workbookId, notice.key)}>
        {t('sync.dismiss')}
      </button>
    </div>
  );
}
