// Adds an item of our own to the responsibility checklist.
import type { z } from 'zod';
import { requiredShortText } from '../../domain/common';
import { owners, phases, responsibilityAreas, responsibilityItemSchema } from '../../domain/responsibility';
import { SelectField, TextAreaField, TextField } from '../../components/form/field';
import { FormDialog } from '../../components/form/form-dialog';
import { useT } from '../../i18n/use-i18n';
import { addResponsibility } from './data';

const newItemSchema = responsibilityItemSchema
  .pick({ area: true, owner: true, phase: true, description: true, responsiblePerson: true })
  .extend({ title: requiredShortText() });
type NewItem = z.input<typeof newItemSchema>;
const empty: NewItem = {
  title: '',
  description: '',
  area: 'continuity_planning',
  owner: 'customer',
  phase: 'both',
  responsiblePerson: '',
};

type Props = { workbookId: string; open: boolean; onClose: () => void };

export function NewItemDialog({ workbookId, open, onClose }: Props) {
  const t = useT();
  return (
    <FormDialog
      open={open}
      onClose={onClose}
      title={t('responsibilities.new.title')}
      schema={newItemSchema}
      empty={empty}
      draftKey={`${workbookId}:new-responsibility`}
      submitLabel={t('responsibilities.new.create')}
      save={(values) => addResponsibility(workbookId, values)}
      onSaved={onClose}
    >
      {(form) => {
        const { errors } = form.formState;
        return (
          <>
            <TextField
              label={t('responsibilities.checklist.title')}
              required
              autoFocus
              error={errors.title}
              {...form.register('title')}
            />
            <SelectField
              label={t('responsibilities.checklist.area')}
              error={errors.area}
              options={responsibilityAreas.map((a) => ({ value: a, label: t(`responsibilities.area.${a}`) }))}
              {...form.register('area')}
            />
            <SelectField
              label={t('responsibilities.checklist.owner')}
              error={errors.owner}
              options={owners.map((o) => ({ value: o, label: t(`responsibilities.owner.${o}`) }))}
              {...form.register('owner')}
            />
            <SelectField
              label={t('responsibilities.checklist.phase')}
              error={errors.phase}
              options={phases.map((p) => ({ value: p, label: t(`responsibilities.phase.${p}`) }))}
              {...form.register('phase')}
            />
            <TextField
              label={t('responsibilities.checklist.person')}
              error={errors.responsiblePerson}
              {...form.register('responsiblePerson')}
            />
            <TextAreaField
              label={t('responsibilities.checklist.description')}
              error={errors.description}
              {...form.register('description')}
            />
          </>
        );
      }}
    </FormDialog>
  );
}
