// Plans (or records) an exercise: its name, type, date and whether it has been held.
import type { z } from 'zod';
import { FormDialog } from '../../components/form/form-dialog';
import { useT } from '../../i18n/use-i18n';
import { addExercise } from './data';
import { ExerciseBasicFields } from './exercise-fields';
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
      {(form) => (
        <ExerciseBasicFields
          autoFocus
          fields={{
            title: form.register('title'),
            type: form.register('type'),
            date: form.register('date'),
            status: form.register('status'),
          }}
          errors={form.formState.errors}
        />
      )}
    </FormDialog>
  );
}
