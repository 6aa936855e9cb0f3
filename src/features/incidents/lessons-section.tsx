// Lessons learned from one incident; each can become a mitigation action on a chosen scenario in
// one step, after which the lesson shows the action it became.
import { zodResolver } from '@hookform/resolvers/zod';
import { useLiveQuery } from 'dexie-react-hooks';
import { useId, useState } from 'react';
import { useForm } from 'react-hook-form';
import { Link } from 'react-router';
import type { z } from 'zod';
import { turnLessonIntoAction } from '../../db/lessons';
import { createRecord, listByWorkbook, softDeleteRecord, undeleteRecord } from '../../db/records';
import type { Incident, Lesson } from '../../domain/incident';
import type { MitigationAction, Scenario } from '../../domain/scenario';
import { TextField } from '../../components/form/field';
import { useAutosaveForm } from '../../components/form/use-autosave-form';
import { showToast } from '../../components/toast';
import { useT } from '../../i18n/use-i18n';
import { newLessonSchema } from './form-schemas';

export function LessonsSection({ incident }: { incident: Incident }) {
  const t = useT();
  const data = useLiveQuery(
    async () => ({
      lessons: (await listByWorkbook('lessons', incident.workbookId)).filter(
        (l) => l.incidentId === incident.id,
      ),
      scenarios: await listByWorkbook('scenarios', incident.workbookId),
      actions: await listByWorkbook('mitigationActions', incident.workbookId),
    }),
    [incident.workbookId, incident.id],
  );
  const form = useForm<z.input<typeof newLessonSchema>, unknown, z.output<typeof newLessonSchema>>({
    resolver: zodResolver(newLessonSchema),
    defaultValues: { text: '' },
  });
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
      <form
        className="incidents-add-lesson"
        noValidate
        onSubmit={form.handleSubmit(async ({ text }) => {
          await createRecord('lessons', {
            workbookId: incident.workbookId,
            incidentId: incident.id,
            text,
          });
          form.reset({ text: '' });
        })}
      >
        <TextField
          label={t('incidents.lessons.new')}
          error={form.formState.errors.text}
          {...form.register('text')}
        />
        <button type="submit">{t('incidents.lessons.add')}</button>
      </form>
    </section>
  );
}

type RowProps = { lesson: Lesson; scenarios: Scenario[]; actions: MitigationAction[] };

function LessonRow({ lesson, scenarios, actions }: RowProps) {
  const t = useT();
  const selectId = useId();
  const [scenarioId, setScenarioId] = useState('');
  const [busy, setBusy] = useState(false);
  const action = lesson.actionId ? actions.find((a) => a.id === lesson.actionId) : undefined;
  const scenario = action ? scenarios.find((s) => s.id === action.scenarioId) : undefined;

  const makeAction = async () => {
    const chosen = scenarios.find((s) => s.id === scenarioId);
    if (!chosen) return;
    setBusy(true);
    try {
      await turnLessonIntoAction(lesson.id, chosen.id);
      showToast({ text: t('incidents.lessons.created', { scenario: chosen.title }) });
    } finally {
      setBusy(false);
    }
  };
  const remove = async () => {
    await softDeleteRecord('lessons', lesson.id);
    showToast({
      text: t('incidents.deleted', { title: lesson.text }),
      actionLabel: t('common.undo'),
      onAction: () => void undeleteRecord('lessons', lesson.id),
    });
  };

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
            <button type="button" disabled={!scenarioId || busy} onClick={() => void makeAction()}>
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
        <button type="button" className="link-button" onClick={() => void remove()}>
          {t('incidents.lessons.delete')}
        </button>
      </div>
    </li>
  );
}

/** The lesson's wording, editable with autosave. */
function LessonText({ lesson }: { lesson: Lesson }) {
  const t = useT();
  const form = useAutosaveForm({ schema: newLessonSchema, table: 'lessons', record: lesson });
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
