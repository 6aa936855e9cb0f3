// An exercise's objectives and, once it is held, whether each was met. Text autosaves; the result
// is a one-click change; delete offers Undo.
import { useEffect, useState, type FormEvent } from 'react';
import type { Exercise, ExerciseObjective } from '../../domain/exercise';
import { SelectField, TextField } from '../../components/form/field';
import { useDeleteWithUndo } from '../../components/use-delete-with-undo';
import { useGuardedAction } from '../../components/use-guarded-action';
import { WriteError } from '../../components/write-error';
import { useT } from '../../i18n/use-i18n';
import { reportUnexpected } from '../../lib/unexpected-error';
import { addObjective, removeObjective, restoreObjective, setObjectiveMet, useObjectiveForm } from './data';
import { objectiveFormSchema } from './form-schemas';

export function ObjectivesSection({
  exercise,
  objectives,
}: {
  exercise: Exercise;
  objectives: ExerciseObjective[];
}) {
  const t = useT();
  const [text, setText] = useState('');
  const [invalid, setInvalid] = useState<string>();
  const add = useGuardedAction(addObjective, { onSuccess: () => setText('') });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const parsed = objectiveFormSchema.shape.text.safeParse(text);
    if (!parsed.success) return setInvalid(parsed.error.issues[0]!.message);
    setInvalid(undefined);
    add.start(exercise.workbookId, exercise.id, parsed.data);
  };
  return (
    <section className="page" aria-labelledby="objectives-heading">
      <h2 id="objectives-heading">{t('exercises.objectives.heading')}</h2>
      {objectives.length === 0 && <p className="muted">{t('exercises.objectives.none')}</p>}
      <ul className="exercises-items">
        {objectives.map((o) => (
          <ObjectiveRow key={o.id} objective={o} />
        ))}
      </ul>
      <form className="exercises-add" noValidate onSubmit={submit}>
        <TextField
          label={t('exercises.objectives.new')}
          value={text}
          error={invalid ? { message: invalid } : undefined}
          onChange={(e) => setText(e.target.value)}
        />
        <button type="submit" disabled={add.busy}>
          {t('exercises.objectives.add')}
        </button>
      </form>
      <WriteError error={add.error} onRetry={add.retry} />
    </section>
  );
}

const metValue = (met: boolean | null) => (met === null ? '' : met ? 'yes' : 'no');

function ObjectiveRow({ objective }: { objective: ExerciseObjective }) {
  const t = useT();
  const form = useObjectiveForm(objective);
  // The choice shows at once; the stored value takes over when the record's revision changes.
  const [chosen, setChosen] = useState<string | null>(null);
  useEffect(() => setChosen(null), [objective.rev]);
  const mark = useGuardedAction(setObjectiveMet);
  const remove = useDeleteWithUndo({
    remove: () => removeObjective(objective.id),
    undo: () => restoreObjective(objective.id),
    text: t('exercises.deleted', { title: objective.text }),
  });
  return (
    <li className="exercises-item">
      <form className="exercises-item-fields" noValidate onSubmit={(e) => e.preventDefault()}>
        <TextField
          label={t('exercises.objectives.text')}
          error={form.formState.errors.text}
          {...form.register('text')}
        />
        <SelectField
          label={t('exercises.objectives.met')}
          value={chosen ?? metValue(objective.met)}
          options={[
            { value: '', label: t('exercises.objectives.pending') },
            { value: 'yes', label: t('exercises.objectives.yes') },
            { value: 'no', label: t('exercises.objectives.no') },
          ]}
          onChange={(e) => {
            const value = e.target.value;
            setChosen(value);
            mark.run(objective.id, value === '' ? null : value === 'yes').then((outcome) => {
              if (!outcome.ok) setChosen(null);
            }, reportUnexpected);
          }}
        />
      </form>
      <div
        className="card-actions"
        role="group"
        aria-label={t('exercises.objectives.actionsFor', { text: objective.text.slice(0, 60) })}
      >
        <button type="button" className="link-button" disabled={remove.busy} onClick={() => remove.start()}>
          {t('exercises.objectives.delete')}
        </button>
      </div>
      <WriteError error={mark.error ?? remove.error} onRetry={mark.error ? mark.retry : remove.retry} />
    </li>
  );
}
