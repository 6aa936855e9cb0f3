// Asks for the few facts a new workbook needs, then creates it with the default catalogue.
import { zodResolver } from '@hookform/resolvers/zod';
import { useForm } from 'react-hook-form';
import { z } from 'zod';
import { createWorkbook } from '../../db/workbooks';
import { workbookFormSchema } from '../../domain/workbook';
import { Dialog } from '../../components/dialog';
import { TextField } from '../../components/form/field';
import { useT } from '../../i18n/use-i18n';

const newWorkbookSchema = workbookFormSchema.pick({ title: true, organisation: true, owner: true });
type NewWorkbook = z.input<typeof newWorkbookSchema>;

type Props = { open: boolean; onClose: () => void; onCreated: (id: string) => void };

export function NewWorkbookDialog({ open, onClose, onCreated }: Props) {
  const t = useT();
  const form = useForm<NewWorkbook, unknown, z.output<typeof newWorkbookSchema>>({
    resolver: zodResolver(newWorkbookSchema),
    defaultValues: { title: '', organisation: '', owner: '' },
  });
  const { errors, isSubmitting } = form.formState;
  return (
    <Dialog
      open={open}
      onClose={() => {
        form.reset();
        onClose();
      }}
      title={t('workbooks.createTitle')}
    >
      <form
        noValidate
        onSubmit={form.handleSubmit(async (values) => {
          const workbook = await createWorkbook(values);
          form.reset();
          onCreated(workbook.id);
        })}
      >
        <TextField
          label={t('workbooks.title')}
          required
          autoFocus
          error={errors.title}
          {...form.register('title')}
        />
        <TextField
          label={t('workbooks.organisation')}
          error={errors.organisation}
          {...form.register('organisation')}
        />
        <TextField label={t('workbooks.owner')} error={errors.owner} {...form.register('owner')} />
        <div className="form-actions">
          <button type="submit" disabled={isSubmitting}>
            {t('workbooks.create')}
          </button>
          <button type="button" className="secondary" onClick={onClose}>
            {t('common.cancel')}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
