// Lessons learned from one incident; each can become a mitigation action on a chosen scenario in
// one step, after which the lesson shows the action it became.
import { useId, useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import type { Incident, Lesson } from '../../domain/incident';
import type { MitigationAction, Scenario } from '../../domain/scenario';
import { TextField } from '../../components/form/field';
import { showToast } from '../../components/toast';
import { useDeleteWithUndo } from '../../components/use-delete-with-undo';
import { useGuardedAction } from '../../components/use-guarded-action';
import { WriteError } from '../../components/write-error';
import { useT } from '../../i18n/use-i18n';
import {
  addLesson,
  makeLessonAnAction,
  removeLesson,
  restoreLesson,
  useLessonForm,
  useLessonsOf,
} from './data';
import { newLessonSchema } from './form-schemas';

export function LessonsSection({ incident }: { incident: Incident }) {
  const t = useT();
  const data = useLessonsOf(incident.workbookId, incident.id);
  // The new lesson's text stays in the field until it is stored.
  const [text, setText] = useState('');
  const [invalid, setInvalid] = useState<string>();
  const add = useGuardedAction(addLesson, { onSuccess: () => setText('') });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const parsed = newLessonSchema.shape.text.safeParse(text);
    if (!parsed.success) return setInvalid(parsed.error.issues[0]!.message);
    setInvalid(undefined);
    add.start(incident.workbookId, incident.id, parsed.data);
  };
  if (!data) return null;
  return (
    <section className="page" aria-labelledby="lessons-heading">
      <h2 id="lessons-heading">{t('incidents.lessons.heading')}</h2>
      {data.lessons.length === 0 && <p className="muted">{t('incidents.lessons.none')}</p>}
      <ul className="incidents-lessons">
        {data.lessons.map((lesson) => (
          <LessonRow key={lesson.id} lesson={lesson} scenarios={data.scenarios} actions={data.actions} />
        ))}
      </ul>
      {data.scenarios.length === 0 && <p className="muted">{t('incidents.lessons.noScenarios')}</p>}
      <form className="incidents-add-lesson" noValidate onSubmit={submit}>
        <TextField
          label={t('incidents.lessons.new')}
          value={text}
          error={invalid ? { message: invalid } : undefined}
          onChange={(e) => setText(e.target.value)}
        />
        <button type="submit" disabled={add.busy}>
          {t('incidents.lessons.add')}
        </button>
      </form>
      <WriteError error={add.error} onRetry={add.retry} />
    </section>
  );
}

type RowProps = { lesson: Lesson; scenarios: Scenario[]; actions: MitigationAction[] };

function LessonRow({ lesson, scenarios, actions }: RowProps) {
  const t = useT();
  const selectId = useId();
  const [scenarioId, setScenarioId] = useState('');
  const action = lesson.actionId ? actions.find((a) => a.id === lesson.actionId) : undefined;
  const scenario = action ? scenarios.find((s) => s.id === action.scenarioId) : undefined;

  const chosen = scenarios.find((s) => s.id === scenarioId);
  const makeAction = useGuardedAction(makeLessonAnAction, {
    onSuccess: () =>
      chosen && showToast({ text: t('incidents.lessons.created', { scenario: chosen.title }) }),
  });
  const remove = useDeleteWithUndo({
    remove: () => removeLesson(lesson.id),
    undo: () => restoreLesson(lesson.id),
    text: t('incidents.deleted', { title: lesson.text }),
  });

  return (
    <li className="incidents-lesson">
      <LessonText lesson={lesson} />
      {lesson.actionId ? (
        action && scenario ? (
          <p className="badge badge-ok" data-testid="lesson-action">
            <Link to={`/w/${lesson.workbookId}/scenarios/${scenario.id}`}>
              {t('incidents.lessons.becameAction', {
                scenario: scenario.title,
                action: action.action,
                status: t(`incidents.action.${action.status}`),
              })}
            </Link>
          </p>
        ) : (
          <p className="muted">{t('incidents.lessons.actionGone')}</p>
        )
      ) : (
        scenarios.length > 0 && (
          <div className="incidents-make-action">
            <div className="field">
              <label htmlFor={selectId}>{t('incidents.lessons.scenario')}</label>
              <select id={selectId} value={scenarioId} onChange={(e) => setScenarioId(e.target.value)}>
                <option value="">{t('incidents.lessons.chooseScenario')}</option>
                {scenarios.map((s) => (
                  <option key={s.id} value={s.id}>
                    {s.title}
                  </option>
                ))}
              </select>
            </div>
            <button
              type="button"
              disabled={!chosen || makeAction.busy}
              onClick={() => chosen && makeAction.start(lesson.id, chosen.id)}
            >
              {t('incidents.lessons.makeAction')}
            </button>
          </div>
        )
      )}
      <div
        className="card-actions"
        role="group"
        aria-label={t('incidents.lessons.actionsFor', { text: lesson.text.slice(0, 60) })}
      >
        <button type="button" className="link-button" disabled={remove.busy} onClick={() => remove.start()}>
          {t('incidents.lessons.delete')}
        </button>
      </div>
      <WriteError
        error={makeAction.error ?? remove.error}
        onRetry={makeAction.error ? makeAction.retry : remove.retry}
      />
    </li>
  );
}

/** The lesson's wording, editable with autosave. */
function LessonText({ lesson }: { lesson: Lesson }) {
  const t = useT();
  const form = useLessonForm(lesson);
  return (
    <form className="incidents-lesson-text" noValidate onSubmit={(e) => e.preventDefault()}>
      <TextField
        label={t('incidents.lessons.text')}
        error={form.formState.errors.text}
        {...form.register('text')}
      />
    </form>
  );
}
