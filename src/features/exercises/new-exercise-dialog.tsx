// Plans (or records) an exercise: its name, type, date and whether it has been held.
import type { z } from 'zod';
import { EXERCISE_STATUSES, EXERCISE_TYPES } from '../../domain/exercise';
import { SelectField, TextField } from '../../components/form/field';
import { FormDialog } from '../../components/form/form-dialog';
import { useT } from '../../i18n/use-i18n';
import { addExercise } from './data';
import { newExerciseSchema } from './form-schemas';

type Values = z.input<typeof newExerciseSchema>;
const empty: Values = { title: '', type: 'tabletop', date: '', status: 'planned' };
type Props = { workbookId: string; open: boolean; onClose: () => void; onCreated: (id: string) => void };

export function NewExerciseDialog({ workbookId, open, onClose, onCreated }: Props) {
  const t = useT();
  return (
    <FormDialog
      open={open}
      onClose={onClose}
      title={t('exercises.newTitle')}
      schema={newExerciseSchema}
      empty={empty}
      draftKey={`${workbookId}:new-exercise`}
      submitLabel={t('exercises.create')}
      save={(values) => addExercise(workbookId, values)}
      onSaved={(exercise) => onCreated(exercise.id)}
    >
      {(form) => {
        const { errors } = form.formState;
        return (
          <>
            <TextField
              label={t('exercises.title')}
              required
              autoFocus
              error={errors.title}
              {...form.register('title')}
            />
            <SelectField
              label={t('exercises.type')}
              options={EXERCISE_TYPES.map((v) => ({ value: v, label: t(`exercises.type.${v}`) }))}
              {...form.register('type')}
            />
            <TextField
              type="date"
              label={t('exercises.date')}
              required
              error={errors.date}
              {...form.register('date')}
            />
            <SelectField
              label={t('exercises.status')}
              options={EXERCISE_STATUSES.map((v) => ({ value: v, label: t(`exercises.status.${v}`) }))}
              {...form.register('status')}
            />
          </>
        );
      }}
    </FormDialog>
  );
}
