// Asks for the few facts a new workbook needs, then creates it with the default catalogue.
import { workbookFormSchema } from '../../domain/workbook';
import { TextField } from '../../components/form/field';
import { FormDialog } from '../../components/form/form-dialog';
import { useT } from '../../i18n/use-i18n';
import { addWorkbook } from './data';

const newWorkbookSchema = workbookFormSchema.pick({ title: true, organisation: true, owner: true });
const empty = { title: '', organisation: '', owner: '' };

type Props = { open: boolean; onClose: () => void; onCreated: (id: string) => void };

export function NewWorkbookDialog({ open, onClose, onCreated }: Props) {
  const t = useT();
  return (
    <FormDialog
      open={open}
      onClose={onClose}
      title={t('workbooks.createTitle')}
      schema={newWorkbookSchema}
      empty={empty}
      draftKey="new-workbook"
      submitLabel={t('workbooks.create')}
      save={addWorkbook}
      onSaved={(workbook) => onCreated(workbook.id)}
    >
      {(form) => {
        const { errors } = form.formState;
        return (
          <>
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
          </>
        );
      }}
    </FormDialog>
  );
}
