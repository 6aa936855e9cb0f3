// The published versions, newest first: open read-only, plan PDF, restore as a new workbook, and the
// approval steps (send for review, record sign-offs, approve; an approved version is locked).
import { useId, useState } from 'react';
import { Link } from 'react-router';
import type { Approver } from '../../domain/approver';
import {
  canMoveTo,
  formatVersion,
  newestFirst,
  type PlanVersion,
  type VersionStatus,
} from '../../domain/plan-version';
import { useT } from '../../i18n/use-i18n';
import { todayIso } from '../../lib/dates';
import { reportUnexpected } from '../../lib/unexpected-error';
import { moveVersion, recordSignOff, restoreAsWorkbook } from './data';

type Props = { workbookId: string; workbookTitle: string; versions: PlanVersion[]; approvers: Approver[] };

export function VersionList({ workbookId, workbookTitle, versions, approvers }: Props) {
  const t = useT();
  const [message, setMessage] = useState<{ text: string; link?: string } | null>(null);
  if (versions.length === 0) return <p className="muted">{t('versions.list.empty')}</p>;

  const run = (work: () => Promise<{ ok: boolean; error?: { reasonKey: string } }>, done?: string) => {
    work()
      .then((outcome) => {
        if (outcome.ok) setMessage(done ? { text: done } : null);
        else setMessage({ text: t.loose(outcome.error?.reasonKey ?? 'save.writeFailed') });
      })
      .catch(reportUnexpected);
  };
  const move = (v: PlanVersion, to: VersionStatus) => run(() => moveVersion(v, to));
  const restore = (v: PlanVersion) => {
    const number = formatVersion(v);
    const title = `${workbookTitle}${t('versions.restore.titleSuffix', { number })}`;
    restoreAsWorkbook(v, title)
      .then((outcome) => {
        if (outcome.ok) {
          setMessage({
            text: t('versions.list.restored', { number, title: outcome.value.title }),
            link: `/w/${outcome.value.id}`,
          });
        } else setMessage({ text: t.loose(outcome.error.reasonKey) });
      })
      .catch(reportUnexpected);
  };

  return (
    <>
      {/* Focusable so a keyboard can scroll it at 360 px. */}
      <div className="table-scroll" tabIndex={0} role="region" aria-label={t('versions.list.heading')}>
        <table className="versions-table" aria-label={t('versions.list.heading')}>
          <thead>
            <tr>
              <th scope="col">{t('versions.list.number')}</th>
              <th scope="col">{t('versions.list.date')}</th>
              <th scope="col">{t('versions.list.status')}</th>
              <th scope="col">{t('versions.list.summary')}</th>
              <th scope="col">{t('versions.list.signOffs')}</th>
              <th scope="col">{t('versions.list.actions')}</th>
            </tr>
          </thead>
          <tbody>
            {newestFirst(versions).map((v) => {
              const number = formatVersion(v);
              return (
                <tr key={v.id} data-testid={`version-${number}`}>
                  <th scope="row">{number}</th>
                  <td>{v.publishedDate}</td>
                  <td>
                    {t(`versions.status.${v.status}`)}
                    {v.status === 'approved' && (
                      <span className="badge badge-ok">{t('versions.list.locked')}</span>
                    )}
                  </td>
                  <td className="versions-summary">{v.summary}</td>
                  <td>
                    <ul className="versions-signoffs">
                      {v.signOffs.map((s, i) => (
                        <li key={i}>
                          {t('versions.signOff.entry', { name: s.name, role: s.role || '—', date: s.date })}
                        </li>
                      ))}
                    </ul>
                  </td>
                  <td>
                    <div className="versions-actions">
                      <Link to={`/w/${workbookId}/versions/${v.id}`}>
                        {t('versions.list.open', { number })}
                      </Link>
                      <Link to={`/w/${workbookId}/export?version=${v.id}`}>
                        {t('versions.list.pdf', { number })}
                      </Link>
                      <button type="button" className="secondary" onClick={() => restore(v)}>
                        {t('versions.list.restore', { number })}
                      </button>
                      {canMoveTo(v.status, 'in_review', 0) && (
                        <button type="button" className="secondary" onClick={() => move(v, 'in_review')}>
                          {t('versions.list.toReview', { number })}
                        </button>
                      )}
                      {v.status === 'in_review' && (
                        <>
                          <button type="button" className="secondary" onClick={() => move(v, 'draft')}>
                            {t('versions.list.toDraft')}
                          </button>
                          <button
                            type="button"
                            onClick={() => move(v, 'approved')}
                            aria-disabled={v.signOffs.length === 0 || undefined}
                            disabled={v.signOffs.length === 0}
                          >
                            {t('versions.list.approve', { number })}
                          </button>
                          {v.signOffs.length === 0 && <p className="muted">{t('versions.list.noSignOff')}</p>}
                        </>
                      )}
                    </div>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      {message && (
        <p role="status" className="versions-message">
          {message.text} {message.link && <Link to={message.link}>{t('versions.list.openRestored')}</Link>}
        </p>
      )}
      {newestFirst(versions)
        .filter((v) => v.status === 'in_review')
        .map((v) => (
          <SignOffForm key={v.id} version={v} approvers={approvers} onDone={() => setMessage(null)} />
        ))}
    </>
  );
}

function SignOffForm({
  version,
  approvers,
  onDone,
}: {
  version: PlanVersion;
  approvers: Approver[];
  onDone: () => void;
}) {
  const t = useT();
  const id = useId();
  const [approverId, setApproverId] = useState('');
  const [date, setDate] = useState(todayIso);
  const [error, setError] = useState('');
  const number = formatVersion(version);
  const chosen = approvers.find((a) => a.id === approverId) ?? approvers[0];
  if (approvers.length === 0) {
    return (
      <p className="muted" id={`${id}-none`}>
        {t('versions.signOff.heading', { number })}: {t('versions.signOff.none')}
      </p>
    );
  }
  const submit = () => {
    if (!chosen) return;
    if (!date) return setError(t('versions.errors.date'));
    recordSignOff(version, { name: chosen.name, role: chosen.role, date })
      .then((outcome) => {
        if (outcome.ok) {
          setError('');
          onDone();
        } else setError(t.loose(outcome.error.reasonKey));
      })
      .catch(reportUnexpected);
  };
  return (
    <form
      className="versions-signoff"
      aria-labelledby={`${id}-h`}
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        submit();
      }}
    >
      <h4 id={`${id}-h`}>{t('versions.signOff.heading', { number })}</h4>
      <div className="versions-row">
        <div className="field">
          <label htmlFor={`${id}-who`}>{t('versions.signOff.approver')}</label>
          <select id={`${id}-who`} value={chosen?.id ?? ''} onChange={(e) => setApproverId(e.target.value)}>
            {approvers.map((a) => (
              <option key={a.id} value={a.id}>
                {a.role ? `${a.name} (${a.role})` : a.name}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor={`${id}-date`}>{t('versions.signOff.date')}</label>
          <input
            id={`${id}-date`}
            type="date"
            value={date}
            aria-invalid={error ? true : undefined}
            aria-describedby={error ? `${id}-error` : undefined}
            onChange={(e) => setDate(e.target.value)}
          />
        </div>
      </div>
      {error && (
        <p className="field-error" id={`${id}-error`}>
          {error}
        </p>
      )}
      <button type="submit" className="secondary">
        {t('versions.signOff.submit')}
      </button>
    </form>
  );
}
