// Lessons learned from one incident; each can become a mitigation action on a chosen scenario in
// one step (components/becomes-action.tsx, shared with exercise findings), after which the lesson
// shows the action it became.
import { useState, type FormEvent } from 'react';
import type { Incident, Lesson } from '../../domain/incident';
import type { MitigationAction, Scenario } from '../../domain/scenario';
import { BecomesAction } from '../../components/becomes-action';
import { TextField } from '../../components/form/field';
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
  const remove = useDeleteWithUndo({
    remove: () => removeLesson(lesson.id),
    undo: () => restoreLesson(lesson.id),
    text: t('incidents.deleted', { title: lesson.text }),
  });

  return (
    <li className="incidents-lesson">
      <LessonText lesson={lesson} />
      <BecomesAction
        workbookId={lesson.workbookId}
        actionId={lesson.actionId}
        scenarios={scenarios}
        actions={actions}
        makeAction={(scenarioId) => makeLessonAnAction(lesson.id, scenarioId)}
        labels={{
          scenario: t('incidents.lessons.scenario'),
          chooseScenario: t('incidents.lessons.chooseScenario'),
          makeAction: t('incidents.lessons.makeAction'),
          actionGone: t('incidents.lessons.actionGone'),
          became: (scenario, action) =>
            t('incidents.lessons.becameAction', {
              scenario: scenario.title,
              action: action.action,
              status: t(`incidents.action.${action.status}`),
            }),
          created: (scenario) => t('incidents.lessons.created', { scenario: scenario.title }),
        }}
        className="incidents-make-action"
        testId="lesson-action"
      />
      <div
        className="card-actions"
        role="group"
        aria-label={t('incidents.lessons.actionsFor', { text: lesson.text.slice(0, 60) })}
      >
        <button type="button" className="link-button" disabled={remove.busy} onClick={() => remove.start()}>
          {t('incidents.lessons.delete')}
        </button>
      </div>
      <WriteError error={remove.error} onRetry={remove.retry} />
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
