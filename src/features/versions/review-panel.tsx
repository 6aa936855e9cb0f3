// Review cadence: the cycle, the last and next review (overdue or due soon said in words), the
// triggers since the last review (raised here, or an incident recorded), recording a review, and
// the next review date as an .ics file for a calendar.
import { useId, useState } from 'react';
import { reviewTriggerKinds, type ReviewTrigger, type ReviewTriggerKind } from '../../domain/plan-version';
import { buildIcs } from '../../domain/response-ics';
import type { ReviewStatus } from '../../domain/review-cadence';
import type { Workbook } from '../../domain/workbook';
import { useT } from '../../i18n/use-i18n';
import { todayIso } from '../../lib/dates';
import { downloadBlob } from '../../lib/download';
import { safeFileName } from '../../lib/file-name';
import { reportUnexpected } from '../../lib/unexpected-error';
import { markReviewed, raiseTrigger, removeTrigger } from './data';

type T = ReturnType<typeof useT>;

/** What is due, in a few lines: overdue / due soon / next date, and pending triggers. */
export function dueLines(
  t: T,
  workbook: Workbook,
  status: ReviewStatus,
): { text: string; urgent: boolean }[] {
  const out: { text: string; urgent: boolean }[] = [];
  if (status.nextReview === null) out.push({ text: t('versions.review.never'), urgent: true });
  else if (status.overdue)
    out.push({ text: t('versions.review.overdue', { date: status.nextReview }), urgent: true });
  else if (status.dueSoon)
    out.push({ text: t('versions.review.dueSoon', { date: status.nextReview }), urgent: true });
  else out.push({ text: t('versions.review.next', { date: status.nextReview }), urgent: false });
  if (status.triggers.length > 0) {
    out.push({ text: t('versions.review.triggersDue', { count: status.triggers.length }), urgent: true });
  }
  if (workbook.lastReviewDate)
    out.push({ text: t('versions.review.last', { date: workbook.lastReviewDate }), urgent: false });
  return out;
}

export function ReviewPanel({
  workbook,
  status,
  triggers,
}: {
  workbook: Workbook;
  status: ReviewStatus;
  triggers: ReviewTrigger[];
}) {
  const t = useT();
  const id = useId();
  const [kind, setKind] = useState<ReviewTriggerKind>('organisation');
  const [date, setDate] = useState(todayIso);
  const [note, setNote] = useState('');
  const [error, setError] = useState('');
  const raised = new Map(triggers.map((tr) => [`${tr.kind}|${tr.date}|${tr.note}`, tr.id]));

  const ics = () => {
    if (!status.nextReview) return;
    const text = buildIcs(
      [
        {
          uid: `review-${workbook.id}`,
          date: status.nextReview,
          summary: t('versions.review.icsSummary', { title: workbook.title }),
        },
      ],
      new Date().toISOString(),
    );
    downloadBlob(new Blob([text], { type: 'text/calendar' }), `${safeFileName(workbook.title)}-review.ics`);
  };
  const raise = () => {
    if (!date) return setError(t('versions.errors.date'));
    raiseTrigger(workbook.id, { kind, date, note: note.trim() })
      .then((outcome) => {
        if (outcome.ok) {
          setError('');
          setNote('');
        } else setError(t.loose(outcome.error.reasonKey));
      })
      .catch(reportUnexpected);
  };

  return (
    <>
      <p>{t('versions.review.cycle', { months: workbook.reviewCycleMonths })}</p>
      <ul className="versions-due" data-testid="review-due">
        {dueLines(t, workbook, status).map((line) => (
          <li key={line.text} className={line.urgent ? 'versions-urgent' : undefined}>
            {line.text}
          </li>
        ))}
      </ul>
      <div className="versions-form-buttons">
        <button
          type="button"
          onClick={() => {
            markReviewed(workbook, todayIso()).catch(reportUnexpected);
          }}
        >
          {t('versions.review.markDone')}
        </button>
        {status.nextReview && (
          <button type="button" className="secondary" onClick={ics}>
            {t('versions.review.ics')}
          </button>
        )}
      </div>
      <h4>{t('versions.review.triggers')}</h4>
      {status.triggers.length === 0 ? (
        <p>{t('versions.review.noTriggers')}</p>
      ) : (
        <ul className="versions-people" data-testid="review-triggers">
          {status.triggers.map((tr) => {
            const own = raised.get(`${tr.kind}|${tr.date}|${tr.note}`);
            return (
              <li key={`${tr.kind}-${tr.date}-${tr.note}`}>
                <span>
                  {tr.date} · {t(`versions.trigger.${tr.kind}`)}
                  {tr.note && ` · ${tr.note}`}
                </span>
                {own && (
                  <button
                    type="button"
                    className="link-button"
                    onClick={() => {
                      removeTrigger(own).catch(reportUnexpected);
                    }}
                  >
                    {t('versions.review.remove')}
                  </button>
                )}
              </li>
            );
          })}
        </ul>
      )}
      <form
        className="versions-row versions-inline-form"
        aria-label={t('versions.review.raise')}
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          raise();
        }}
      >
        <div className="field">
          <label htmlFor={`${id}-kind`}>{t('versions.review.kind')}</label>
          <select
            id={`${id}-kind`}
            value={kind}
            onChange={(e) => setKind(e.target.value as ReviewTriggerKind)}
          >
            {reviewTriggerKinds.map((k) => (
              <option key={k} value={k}>
                {t(`versions.trigger.${k}`)}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor={`${id}-date`}>{t('versions.review.date')}</label>
          <input
            id={`${id}-date`}
            type="date"
            value={date}
            aria-invalid={error ? true : undefined}
            aria-describedby={error ? `${id}-error` : undefined}
            onChange={(e) => setDate(e.target.value)}
          />
          {error && (
            <p className="field-error" id={`${id}-error`}>
              {error}
            </p>
          )}
        </div>
        <div className="field">
          <label htmlFor={`${id}-note`}>{t('versions.review.note')}</label>
          <input id={`${id}-note`} value={note} maxLength={300} onChange={(e) => setNote(e.target.value)} />
        </div>
        <div className="versions-form-buttons">
          <button type="submit" className="secondary">
            {t('versions.review.raise')}
          </button>
        </div>
      </form>
    </>
  );
}
