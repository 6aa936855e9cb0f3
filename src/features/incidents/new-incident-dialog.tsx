// Records a new incident: whose, what, which service, when.
import { zodResolver } from '@hookform/resolvers/zod';
import { useForm } from 'react-hook-form';
import type { z } from 'zod';
import { createRecord } from '../../db/records';
import { incidentSources } from '../../domain/incident';
import { Dialog } from '../../components/dialog';
import { nullableString, SelectField, TextField } from '../../components/form/field';
import { useT } from '../../i18n/use-i18n';
import { newIncidentSchema } from './form-schemas';

type Values = z.input<typeof newIncidentSchema>;
const empty: Values = { source: 'provider', title: '', service: '', startAt: '', endAt: null };
type Props = { workbookId: string; open: boolean; onClose: () => void; onCreated: (id: string) => void };

export function NewIncidentDialog({ workbookId, open, onClose, onCreated }: Props) {
  const t = useT();
  const form = useForm<Values, unknown, z.output<typeof newIncidentSchema>>({
    resolver: zodResolver(newIncidentSchema),
    defaultValues: empty,
  });
  const { errors, isSubmitting } = form.formState;
  const close = () => {
    form.reset(empty);
    onClose();
  };
  return (
    <Dialog open={open} onClose={close} title={t('incidents.newTitle')}>
      <form
        noValidate
        onSubmit={form.handleSubmit(async (values) => {
          const incident = await createRecord('incidents', {
            ...values,
            workbookId,
          });
          form.reset(empty);
          onCreated(incident.id);
        })}
      >
        <TextField
          label={t('incidents.title')}
          required
          autoFocus
          error={errors.title}
          {...form.register('title')}
        />
        <SelectField
          label={t('incidents.source')}
          options={incidentSources.map((s) => ({ value: s, label: t(`incidents.source.${s}`) }))}
          {...form.register('source')}
        />
        <TextField label={t('incidents.service')} error={errors.service} {...form.register('service')} />
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
        <div className="form-actions">
          <button type="submit" disabled={isSubmitting}>
            {t('incidents.create')}
          </button>
          <button type="button" className="secondary" onClick={close}>
            {t('common.cancel')}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
