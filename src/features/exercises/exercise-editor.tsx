// One exercise, edited in place with autosave: its details, scope, objectives and whether each was
// met, recovery time per process against its RTO, and findings (each can become an action).
import type { Exercise } from '../../domain/exercise';
import { TextAreaField } from '../../components/form/field';
import { useDeleteWithUndo } from '../../components/use-delete-with-undo';
import { useGo } from '../../components/use-go';
import { WriteError } from '../../components/write-error';
import { useT } from '../../i18n/use-i18n';
import { removeExercise, restoreExercise, useExerciseForm, type ExerciseLogData } from './data';
import { ExerciseBasicFields } from './exercise-fields';
import { FindingsSection } from './findings-section';
import { ObjectivesSection } from './objectives-section';
import { RecoverySection } from './recovery-section';
import { ScopeSection } from './scope-section';

export function ExerciseEditor({ exercise, data }: { exercise: Exercise; data: ExerciseLogData }) {
  const t = useT();
  const navigate = useGo();
  const form = useExerciseForm(exercise);
  const { errors } = form.formState;
  const remove = useDeleteWithUndo({
    remove: () => removeExercise(exercise.id),
    undo: () => restoreExercise(exercise.id),
    text: t('exercises.deleted', { title: exercise.title }),
    onDeleted: () => navigate('?', { replace: true }),
  });
  return (
    <>
      <section className="page" aria-labelledby="exercise-heading">
        <h2 id="exercise-heading">{exercise.title}</h2>
        <form className="form-grid" noValidate onSubmit={(e) => e.preventDefault()}>
          <ExerciseBasicFields
            fields={{
              title: form.register('title'),
              type: form.register('type'),
              date: form.register('date'),
              status: form.register('status'),
            }}
            errors={errors}
          />
          <TextAreaField
            className="span-2"
            label={t('exercises.participants')}
            hint={t('exercises.participantsHint')}
            error={errors.participants}
            {...form.register('participants')}
          />
          <TextAreaField
            className="span-2"
            label={t('exercises.notes')}
            error={errors.notes}
            {...form.register('notes')}
          />
        </form>
        <div className="card-actions">
          <button type="button" className="danger" disabled={remove.busy} onClick={() => remove.start()}>
            {t('exercises.delete')}
          </button>
        </div>
        <WriteError error={remove.error} onRetry={remove.retry} />
      </section>
      <ScopeSection exercise={exercise} data={data} />
      <ObjectivesSection
        exercise={exercise}
        objectives={data.objectives.filter((o) => o.exerciseId === exercise.id)}
      />
      <RecoverySection exercise={exercise} data={data} />
      <FindingsSection exercise={exercise} data={data} />
    </>
  );
}
