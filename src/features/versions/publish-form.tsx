// Publish the workbook as a version: number (suggested: the last one's minor raised), date and
// change summary; each problem shown beside its field, the typed text kept.
import { useId, useState, type FormEvent } from 'react';
import { suggestNextNumber, type PlanVersion } from '../../domain/plan-version';
import { useT } from '../../i18n/use-i18n';
import { todayIso } from '../../lib/dates';
import { reportUnexpected } from '../../lib/unexpected-error';
import { publishVersion } from './data';

export function PublishForm({ workbookId, versions }: { workbookId: string; versions: PlanVersion[] }) {
  const t = useT();
  const id = useId();
  const [number, setNumber] = useState(() => suggestNextNumber(versions));
  const [date, setDate] = useState(todayIso);
  const [summary, setSummary] = useState('');
  const [errors, setErrors] = useState<{ number?: string; summary?: string; date?: string; write?: string }>(
    {},
  );
  const [done, setDone] = useState('');
  const [busy, setBusy] = useState(false);

  async function submit() {
    setDone('');
    if (!date) return setErrors({ date: t('versions.errors.date') });
    setBusy(true);
    try {
      const outcome = await publishVersion(workbookId, { number, summary, date });
      if (outcome.ok) {
        setErrors({});
        setSummary('');
        setDone(t('versions.publish.done', { number: `${outcome.value.major}.${outcome.value.minor}` }));
        setNumber(suggestNextNumber([...versions, outcome.value]));
      } else if ('problems' in outcome) {
        setErrors({
          number: outcome.problems.number && t(outcome.problems.number),
          summary: outcome.problems.summary && t(outcome.problems.summary),
        });
      } else setErrors({ write: t.loose(outcome.error.reasonKey) });
    } finally {
      setBusy(false);
    }
  }
  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    submit().catch(reportUnexpected);
  };
  const field = (key: 'number' | 'date' | 'summary') => ({
    id: `${id}-${key}`,
    'aria-invalid': errors[key] ? true : undefined,
    'aria-describedby': errors[key] ? `${id}-${key}-error` : undefined,
  });
  const error = (key: 'number' | 'date' | 'summary') =>
    errors[key] ? (
      <p className="field-error" id={`${id}-${key}-error`}>
        {errors[key]}
      </p>
    ) : null;

  return (
    <form className="versions-publish" onSubmit={onSubmit} aria-labelledby={`${id}-h`} noValidate>
      <h3 id={`${id}-h`}>{t('versions.publish.heading')}</h3>
      <div className="versions-row">
        <div className="field">
          <label htmlFor={`${id}-number`}>{t('versions.publish.number')}</label>
          <input
            {...field('number')}
            inputMode="decimal"
            value={number}
            onChange={(e) => setNumber(e.target.value)}
          />
          {error('number')}
        </div>
        <div className="field">
          <label htmlFor={`${id}-date`}>{t('versions.publish.date')}</label>
          <input {...field('date')} type="date" value={date} onChange={(e) => setDate(e.target.value)} />
          {error('date')}
        </div>
      </div>
      <div className="field">
        <label htmlFor={`${id}-summary`}>{t('versions.publish.summary')}</label>
        <textarea
          {...field('summary')}
          rows={3}
          value={summary}
          onChange={(e) => setSummary(e.target.value)}
        />
        {error('summary')}
      </div>
      <button type="submit" className="button primary" disabled={busy}>
        {t('versions.publish.submit')}
      </button>
      {errors.write && (
        <p className="field-error" role="alert">
          {errors.write}
        </p>
      )}
      <p role="status">{done}</p>
    </form>
  );
}
