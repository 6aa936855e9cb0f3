// Start and end of an incident, autosaved together once the end is not before the start;
// otherwise the message stays beside the end field and nothing is written.
import { zodResolver } from '@hookform/resolvers/zod';
import { useEffect } from 'react';
import { useForm } from 'react-hook-form';
import type { z } from 'zod';
import { queuePatch } from '../../db/autosave';
import type { Incident } from '../../domain/incident';
import { nullableString, TextField } from '../../components/form/field';
import { useT } from '../../i18n/use-i18n';
import { incidentTimesSchema } from './form-schemas';

type Values = z.input<typeof incidentTimesSchema>;

export function IncidentTimes({ incident }: { incident: Incident }) {
  const t = useT();
  const form = useForm<Values, unknown, z.output<typeof incidentTimesSchema>>({
    resolver: zodResolver(incidentTimesSchema),
    mode: 'onChange',
    defaultValues: { startAt: incident.startAt, endAt: incident.endAt },
  });
  const { errors } = form.formState;
  const { id, startAt, endAt } = incident;
  useEffect(() => {
    const sub = form.watch((values) => {
      const parsed = incidentTimesSchema.safeParse(values);
      if (!parsed.success) return;
      if (parsed.data.startAt === startAt && parsed.data.endAt === endAt) return;
      queuePatch('incidents', id, parsed.data);
    });
    return () => sub.unsubscribe();
  }, [form, id, startAt, endAt]);
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
