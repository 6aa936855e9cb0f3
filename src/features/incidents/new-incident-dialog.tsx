// Records a new incident: whose, what, which service, when.
import type { z } from 'zod';
import { incidentSources } from '../../domain/incident';
import { nullableString, SelectField, TextField } from '../../components/form/field';
import { FormDialog } from '../../components/form/form-dialog';
import { useT } from '../../i18n/use-i18n';
import { addIncident } from './data';
import { newIncidentSchema } from './form-schemas';

type Values = z.input<typeof newIncidentSchema>;
const empty: Values = { source: 'provider', title: '', service: '', startAt: '', endAt: null };
type Props = { workbookId: string; open: boolean; onClose: () => void; onCreated: (id: string) => void };

export function NewIncidentDialog({ workbookId, open, onClose, onCreated }: Props) {
  const t = useT();
  return (
    <FormDialog
      open={open}
      onClose={onClose}
      title={t('incidents.newTitle')}
      schema={newIncidentSchema}
      empty={empty}
      draftKey={`${workbookId}:new-incident`}
      submitLabel={t('incidents.create')}
      save={(values) => addIncident(workbookId, values)}
      onSaved={(incident) => onCreated(incident.id)}
    >
      {(form) => {
        const { errors } = form.formState;
        return (
          <>
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
          </>
        );
      }}
    </FormDialog>
  );
}
