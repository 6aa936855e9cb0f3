// Adds an item of our own to the responsibility checklist.
import { zodResolver } from '@hookform/resolvers/zod';
import { useForm } from 'react-hook-form';
import type { z } from 'zod';
import { createRecord } from '../../db/records';
import { requiredShortText } from '../../domain/common';
import { owners, phases, responsibilityAreas, responsibilityItemSchema } from '../../domain/responsibility';
import { Dialog } from '../../components/dialog';
import { SelectField, TextAreaField, TextField } from '../../components/form/field';
import { useT } from '../../i18n/use-i18n';

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
  const form = useForm<NewItem, unknown, z.output<typeof newItemSchema>>({
    resolver: zodResolver(newItemSchema),
    defaultValues: empty,
  });
  const { errors, isSubmitting } = form.formState;
  const close = () => {
    form.reset(empty);
    onClose();
  };
  return (
    <Dialog open={open} onClose={close} title={t('responsibilities.new.title')}>
      <form
        noValidate
        onSubmit={form.handleSubmit(async (values) => {
          await createRecord('responsibilities', {
            ...values,
            workbookId,
            catalogueKey: null,
          });
          close();
        })}
      >
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
        <div className="form-actions">
          <button type="submit" disabled={isSubmitting}>
            {t('responsibilities.new.create')}
          </button>
          <button type="button" className="secondary" onClick={close}>
            {t('common.cancel')}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
