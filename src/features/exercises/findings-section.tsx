// What an exercise showed; each finding can become a mitigation action on a chosen scenario in one
// step (linked both ways, as an incident's lessons are; components/becomes-action.tsx, shared with
// them), after which it shows the action it became.
import { useState, type FormEvent } from 'react';
import type { Exercise, ExerciseFinding } from '../../domain/exercise';
import type { MitigationAction, Scenario } from '../../domain/scenario';
import { BecomesAction } from '../../components/becomes-action';
import { TextField } from '../../components/form/field';
import { useDeleteWithUndo } from '../../components/use-delete-with-undo';
import { useGuardedAction } from '../../components/use-guarded-action';
import { WriteError } from '../../components/write-error';
import { useT } from '../../i18n/use-i18n';
import {
  addFinding,
  makeFindingAnAction,
  removeFinding,
  restoreFinding,
  useFindingForm,
  type ExerciseLogData,
} from './data';
import { findingFormSchema } from './form-schemas';

export function FindingsSection({ exercise, data }: { exercise: Exercise; data: ExerciseLogData }) {
  const t = useT();
  const findings = data.findings.filter((f) => f.exerciseId === exercise.id);
  // Scenarios in the exercise's scope first: the action most likely belongs to one of them.
  const scenarios = [
    ...data.scenarios.filter((s) => exercise.scenarioIds.includes(s.id)),
    ...data.scenarios.filter((s) => !exercise.scenarioIds.includes(s.id)),
  ];
  const [text, setText] = useState('');
  const [invalid, setInvalid] = useState<string>();
  const add = useGuardedAction(addFinding, { onSuccess: () => setText('') });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const parsed = findingFormSchema.shape.text.safeParse(text);
    if (!parsed.success) return setInvalid(parsed.error.issues[0]!.message);
    setInvalid(undefined);
    add.start(exercise.workbookId, exercise.id, parsed.data);
  };
  return (
    <section className="page" aria-labelledby="findings-heading">
      <h2 id="findings-heading">{t('exercises.findings.heading')}</h2>
      {findings.length === 0 && <p className="muted">{t('exercises.findings.none')}</p>}
      <ul className="exercises-items">
        {findings.map((f) => (
          <FindingRow
            key={f.id}
            finding={f}
            scenarios={scenarios}
            actions={data.actions}
            defaultScenarioId={exercise.scenarioIds.find((id) => scenarios.some((s) => s.id === id)) ?? ''}
          />
        ))}
      </ul>
      {scenarios.length === 0 && <p className="muted">{t('exercises.findings.noScenarios')}</p>}
      <form className="exercises-add" noValidate onSubmit={submit}>
        <TextField
          label={t('exercises.findings.new')}
          value={text}
          error={invalid ? { message: invalid } : undefined}
          onChange={(e) => setText(e.target.value)}
        />
        <button type="submit" disabled={add.busy}>
          {t('exercises.findings.add')}
        </button>
      </form>
      <WriteError error={add.error} onRetry={add.retry} />
    </section>
  );
}

type RowProps = {
  finding: ExerciseFinding;
  scenarios: Scenario[];
  actions: MitigationAction[];
  defaultScenarioId: string;
};

function FindingRow({ finding, scenarios, actions, defaultScenarioId }: RowProps) {
  const t = useT();
  const remove = useDeleteWithUndo({
    remove: () => removeFinding(finding.id),
    undo: () => restoreFinding(finding.id),
    text: t('exercises.deleted', { title: finding.text }),
  });
  return (
    <li className="exercises-item">
      <FindingFields finding={finding} />
      <BecomesAction
        workbookId={finding.workbookId}
        actionId={finding.actionId}
        scenarios={scenarios}
        actions={actions}
        defaultScenarioId={defaultScenarioId}
        makeAction={(scenarioId) => makeFindingAnAction(finding.id, scenarioId)}
        labels={{
          scenario: t('exercises.findings.scenario'),
          chooseScenario: t('exercises.findings.chooseScenario'),
          makeAction: t('exercises.findings.makeAction'),
          actionGone: t('exercises.findings.actionGone'),
          became: (scenario, action) =>
            t('exercises.findings.becameAction', {
              scenario: scenario.title,
              action: action.action,
              status: t(`exercises.action.${action.status}`),
            }),
          created: (scenario) => t('exercises.findings.created', { scenario: scenario.title }),
        }}
        className="exercises-add"
        testId="finding-action"
      />
      <div
        className="card-actions"
        role="group"
        aria-label={t('exercises.findings.actionsFor', { text: finding.text.slice(0, 60) })}
      >
        <button type="button" className="link-button" disabled={remove.busy} onClick={() => remove.start()}>
          {t('exercises.findings.delete')}
        </button>
      </div>
      <WriteError error={remove.error} onRetry={remove.retry} />
    </li>
  );
}

/** The finding's wording and owner, editable with autosave. */
function FindingFields({ finding }: { finding: ExerciseFinding }) {
  const t = useT();
  const form = useFindingForm(finding);
  const { errors } = form.formState;
  return (
    <form className="exercises-item-fields" noValidate onSubmit={(e) => e.preventDefault()}>
      <TextField label={t('exercises.findings.text')} error={errors.text} {...form.register('text')} />
      <TextField label={t('exercises.findings.owner')} error={errors.owner} {...form.register('owner')} />
    </form>
  );
}
