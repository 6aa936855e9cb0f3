// One recovery procedure: its title, owner and notes (autosaved), what it recovers, and its ordered
// steps. Steps are added one at a time or copied from a template; they move up and down with
// buttons or Alt+ArrowUp/Down, and focus stays on the control that moved them.
import { useId, useLayoutEffect, useRef, useState } from 'react';
import { nullableString, SelectField, TextField } from '../../components/form/field';
import { useDeleteWithUndo } from '../../components/use-delete-with-undo';
import { useGuardedAction } from '../../components/use-guarded-action';
import { WriteError } from '../../components/write-error';
import { orderedSteps } from '../../domain/response-rules';
import { PROCEDURE_TEMPLATE_KEYS, type ProcedureTemplateKey } from '../../domain/response-templates';
import { useT } from '../../i18n/use-i18n';
import {
  addStep,
  copyTemplateSteps,
  moveProcedureStep,
  removeProcedure,
  restoreProcedure,
  useProcedureForm,
  type ResponseData,
} from './data';
import { StepEditor } from './step-editor';

type Procedure = ResponseData['procedures'][number];

export function ProcedureEditor({ procedure, data }: { procedure: Procedure; data: ResponseData }) {
  const t = useT();
  const id = useId();
  const form = useProcedureForm(procedure);
  const { errors } = form.formState;
  const steps = orderedSteps(data.steps.filter((s) => s.procedureId === procedure.id));
  const [template, setTemplate] = useState<ProcedureTemplateKey>('general');
  const forName =
    procedure.scope === 'process'
      ? data.processes.find((p) => p.id === procedure.processId)?.name
      : data.scenarios.find((s) => s.id === procedure.scenarioId)?.title;
  const copy = useGuardedAction(() =>
    copyTemplateSteps(
      procedure.workbookId,
      procedure.id,
      data.roles,
      (key) => t.loose(`response.step.${key}`),
      template,
    ),
  );
  const add = useGuardedAction(() =>
    addStep(
      procedure.workbookId,
      procedure.id,
      t('response.steps.newAction'),
      null,
      steps.reduce((max, s) => Math.max(max, s.order + 1), 0),
    ),
  );
  // After a move the list re-renders in its new order; the control that moved it gets focus back
  // (React moves the row's DOM node, which drops focus in Chromium).
  const refocus = useRef<HTMLElement | null>(null);
  const move = useGuardedAction((stepId: string, delta: -1 | 1) => moveProcedureStep(steps, stepId, delta));
  const orderKey = steps.map((s) => s.id).join();
  useLayoutEffect(() => {
    const el = refocus.current;
    if (!el || !el.isConnected) return;
    if (el instanceof HTMLButtonElement && el.disabled) {
      el.closest('li')?.querySelector<HTMLButtonElement>('button[data-move]:not(:disabled)')?.focus();
    } else el.focus();
    refocus.current = null;
  }, [orderKey]);
  const remove = useDeleteWithUndo({
    remove: () => removeProcedure(procedure.id),
    undo: () => restoreProcedure(procedure.id),
    text: t('response.procedures.removed', { name: procedure.title }),
  });
  return (
    <article className="page response-procedure" aria-labelledby={`${id}-h`}>
      <h4 id={`${id}-h`}>{procedure.title}</h4>
      <p className="muted">
        {t(`response.procedures.for.${procedure.scope}`)}: {forName ?? t('response.procedures.targetGone')}
      </p>
      <div className="form-grid">
        <TextField
          label={t('response.procedures.title')}
          required
          error={errors.title}
          {...form.register('title')}
        />
        <SelectField
          label={t('response.procedures.owner')}
          error={errors.ownerContactId}
          options={[
            { value: '', label: t('response.procedures.noOwner') },
            ...data.contacts.map((c) => ({ value: c.id, label: c.name })),
          ]}
          {...form.register('ownerContactId', { setValueAs: nullableString })}
        />
        <TextField
          className="span-2"
          label={t('response.procedures.notes')}
          error={errors.notes}
          {...form.register('notes')}
        />
      </div>
      <h5>{t('response.steps.heading', { title: procedure.title })}</h5>
      {steps.length === 0 ? (
        <p className="muted">{t('response.steps.empty')}</p>
      ) : (
        <ol className="response-steps">
          {steps.map((s, i) => (
            <StepEditor
              key={s.id}
              step={s}
              index={i}
              count={steps.length}
              roles={data.roles}
              onMove={(delta, from) => {
                refocus.current = from;
                move.start(s.id, delta);
              }}
            />
          ))}
        </ol>
      )}
      <WriteError error={move.error} onRetry={move.retry} />
      <div className="response-add">
        <button type="button" className="secondary" disabled={add.busy} onClick={() => add.start()}>
          {t('response.steps.add')}
        </button>
        <WriteError error={add.error} onRetry={add.retry} />
        <SelectField
          label={t('response.steps.template')}
          value={template}
          onChange={(e) => setTemplate(e.target.value as ProcedureTemplateKey)}
          options={PROCEDURE_TEMPLATE_KEYS.map((k) => ({ value: k, label: t(`response.templateName.${k}`) }))}
        />
        <button type="button" className="secondary" disabled={copy.busy} onClick={() => copy.start()}>
          {t('response.steps.copy')}
        </button>
        <WriteError error={copy.error} onRetry={copy.retry} />
      </div>
      <button
        type="button"
        className="secondary"
        disabled={remove.busy}
        onClick={() => remove.start()}
        aria-label={t('response.procedures.remove', { name: procedure.title })}
      >
        {t('common.remove')}
      </button>
      <WriteError error={remove.error} onRetry={remove.retry} />
    </article>
  );
}
