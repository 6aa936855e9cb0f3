// Opens an invite link (#/join/<payload>): says which workbook on which server, stores the link's
// secret on this device, receives the workbook, then opens it. A damaged link is refused with the
// reason; a link the server refuses shows the server's answer and nothing is received.
import { useEffect, useMemo } from 'react';
import { Navigate, useParams } from 'react-router';
import { useGuardedAction } from '../../components/use-guarded-action';
import { WriteError } from '../../components/write-error';
import { useT } from '../../i18n/use-i18n';
import { joinShared, useReceivedWorkbook } from './data';
import { readInvite } from './invite';
import { useSyncStore } from './sync-store';
import './sync.css';

export default function JoinPage() {
  const t = useT();
  const { payload = '' } = useParams();
  const invite = useMemo(() => readInvite(payload), [payload]);
  const join = useGuardedAction(joinShared);
  const workbookId = invite?.w ?? '';
  const workbook = useReceivedWorkbook(workbookId);
  const state = useSyncStore((s) => s.byWorkbook[workbookId]);
  const joined = join.busy === false && state !== undefined;
  useEffect(() => {
    // The fragment holds the secret: keep it out of the history once it is stored.
    if (joined) window.history.replaceState(null, '', '#/');
  }, [joined]);

  if (!invite) {
    return (
      <section className="page" aria-labelledby="join-heading">
        <h1 id="join-heading">{t('sync.joinHeading')}</h1>
        <p role="alert">{t('sync.joinBad')}</p>
      </section>
    );
  }
  if (joined && workbook && state.status !== 'refused') return <Navigate to={`/w/${workbook.id}`} replace />;
  const refused = state?.status === 'refused' ? state.refused : null;
  return (
    <section className="page" aria-labelledby="join-heading" data-testid="join-page">
      <h1 id="join-heading">{t('sync.joinHeading')}</h1>
      <p>{t('sync.joinWhat', { title: invite.t, server: invite.u })}</p>
      {invite.r && <p>{t('sync.joinReadOnly')}</p>}
      {refused ? (
        <p role="alert" data-testid="join-refused">
          {t('sync.status.refused', {
            reason:
              refused.reason === 'auth'
                ? t('sync.refused.auth')
                : t('sync.refused.newerSchema', {
                    docVersion: refused.docVersion,
                    appVersion: refused.appVersion,
                  }),
          })}
        </p>
      ) : joined ? (
        <p role="status">{t('sync.joinWaiting')}</p>
      ) : (
        <button type="button" className="primary" disabled={join.busy} onClick={() => join.start(invite)}>
          {t('sync.joinOpen')}
        </button>
      )}
      <WriteError error={join.error} onRetry={join.retry} />
    </section>
  );
}
