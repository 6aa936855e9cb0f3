// Specific peak dates of a process (the 25th's payroll run, a filing deadline): typed as
// YYYY-MM-DD, checked beside the field (a real date, not listed twice), kept sorted. Each change
// sets the whole array on the autosave form, like the peak months.
import { useState, type FormEvent } from 'react';
import { TextField } from '../../components/form/field';
import { isoDateSchema } from '../../domain/common';
import { useT } from '../../i18n/use-i18n';

export function PeakDates({
  value,
  onChange,
}: {
  value: readonly string[];
  onChange: (next: string[]) => void;
}) {
  const t = useT();
  const [draft, setDraft] = useState('');
  const [error, setError] = useState<string | undefined>();
  const add = (e: FormEvent) => {
    e.preventDefault();
    const date = draft.trim();
    if (!isoDateSchema.safeParse(date).success) return setError('bia.errors.peakDate');
    if (value.includes(date)) return setError('bia.errors.peakDateTwice');
    setError(undefined);
    setDraft('');
    onChange([...value, date].sort());
  };
  return (
    <fieldset className="bia-check-group">
      <legend>{t('bia.peakDates')}</legend>
      {value.length === 0 ? (
        <p className="muted">{t('bia.peakDatesEmpty')}</p>
      ) : (
        <ul className="bia-peak-dates">
          {value.map((date) => (
            <li key={date}>
              {date}{' '}
              <button
                type="button"
                className="secondary"
                aria-label={t('bia.peakDateRemove', { date })}
                onClick={() => onChange(value.filter((d) => d !== date))}
              >
                {t('common.remove')}
              </button>
            </li>
          ))}
        </ul>
      )}
      <div className="bia-add">
        <TextField
          label={t('bia.peakDateNew')}
          value={draft}
          inputMode="numeric"
          autoComplete="off"
          error={error ? { message: error } : undefined}
          onChange={(e) => setDraft(e.target.value)}
          onKeyDown={(e) => {
            if (e.key === 'Enter') add(e);
          }}
        />
        <button type="button" onClick={add}>
          {t('bia.peakDateAdd')}
        </button>
      </div>
    </fieldset>
  );
}
