// Start and end of an incident, autosaved together (through the one autosave hook) once the end is
// not before the start; otherwise the message stays beside the end field and nothing is written.
import type { Incident } from '../../domain/incident';
import { nullableString, TextField } from '../../components/form/field';
import { useT } from '../../i18n/use-i18n';
import { useIncidentTimesForm } from './data';

export function IncidentTimes({ incident }: { incident: Incident }) {
  const t = useT();
  const form = useIncidentTimesForm(incident);
  const { errors } = form.formState;
  return (
    <fieldset className="incidents-times span-2">
      <legend>{t('incidents.review.startEnd')}</legend>
      <TextField
        type="datetime-local"
        label={t('incidents.startAt')}
        required
        error={errors.startAt}
        {...form.register('startAt', { deps: 'endAt' })}
      />
      <TextField
        type="datetime-local"
        label={t('incidents.endAt')}
        hint={t('incidents.endHint')}
        error={errors.endAt}
        {...form.register('endAt', { setValueAs: nullableString })}
      />
    </fieldset>
  );
}
