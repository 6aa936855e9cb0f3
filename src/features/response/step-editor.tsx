// One procedure step, autosaved: when (minutes after the declaration), who (a role), what, where,
// how and its phase. A step with no role (or whose role was removed) says so beside the field.
// Move up / Move down buttons, and Alt+ArrowUp / Alt+ArrowDown anywhere in the step, reorder it.
import type { KeyboardEvent } from 'react';
import {
  nullableNumber,
  nullableString,
  SelectField,
  TextAreaField,
  TextField,
} from '../../components/form/field';
import { useDeleteWithUndo } from '../../components/use-delete-with-undo';
import { WriteError } from '../../components/write-error';
import { STEP_KINDS, type ProcedureStep, type ResponseRole } from '../../domain/response';
import { stepProblem } from '../../domain/response-rules';
import { useT } from '../../i18n/use-i18n';
import { removeStep, restoreStep, useStepForm } from './data';
import { roleName } from './role-name';

type Props = {
  step: ProcedureStep;
  index: number;
  count: number;
  roles: ResponseRole[];
  /** Move by one place; `from` is the element to give focus back to after the move. */
  onMove: (delta: -1 | 1, from: HTMLElement | null) => void;
};

export function StepEditor({ step, index, count, roles, onMove }: Props) {
  const t = useT();
  const form = useStepForm(step);
  const { errors } = form.formState;
  const roleId = form.watch('roleId') ?? null;
  const kind = form.watch('kind') ?? step.kind;
  const problem = stepProblem({ roleId }, new Set(roles.map((r) => r.id)));
  const n = index + 1;
  const remove = useDeleteWithUndo({
    remove: () => removeStep(step.id),
    undo: () => restoreStep(step.id),
    text: t('response.steps.removed', { n }),
  });
  const onKeyDown = (e: KeyboardEvent<HTMLLIElement>) => {
    if (!e.altKey || (e.key !== 'ArrowUp' && e.key !== 'ArrowDown')) return;
    e.preventDefault();
    const delta = e.key === 'ArrowUp' ? -1 : 1;
    if ((delta === -1 && index === 0) || (delta === 1 && index === count - 1)) return;
    onMove(delta, document.activeElement instanceof HTMLElement ? document.activeElement : null);
  };
  return (
    <li
      className="response-card response-step"
      data-step={step.id}
      aria-label={t('response.steps.label', { n })}
      onKeyDown={onKeyDown}
    >
      <p className="response-step-title">
        <strong>{t('response.steps.label', { n })}</strong> · {t(`response.phase.${kind}`)}
      </p>
      <div className="form-grid">
        <TextField
          className="span-2"
          label={t('response.steps.action')}
          required
          error={errors.action}
          {...form.register('action')}
        />
        <SelectField
          label={t('response.steps.who')}
          error={errors.roleId}
          warning={problem ? t(problem) : undefined}
          options={[
            { value: '', label: t('response.steps.noRole') },
            ...roles.map((r) => ({ value: r.id, label: roleName(t, r) })),
            ...(roleId !== null && problem ? [{ value: roleId, label: t('response.steps.roleGone') }] : []),
          ]}
          {...form.register('roleId', { setValueAs: nullableString })}
        />
        <TextField
          label={t('response.steps.when')}
          hint={t('response.steps.whenHint')}
          inputMode="numeric"
          autoComplete="off"
          error={errors.offsetMinutes}
          {...form.register('offsetMinutes', { setValueAs: nullableNumber })}
        />
        <SelectField
          label={t('response.steps.phase')}
          options={STEP_KINDS.map((k) => ({ value: k, label: t(`response.phase.${k}`) }))}
          {...form.register('kind')}
        />
        <TextField label={t('response.steps.where')} error={errors.where} {...form.register('where')} />
        <TextAreaField
          className="span-2"
          rows={2}
          label={t('response.steps.how')}
          error={errors.how}
          {...form.register('how')}
        />
      </div>
      <div className="response-step-buttons">
        <button
          type="button"
          className="secondary"
          data-move="up"
          disabled={index === 0}
          aria-label={t('response.steps.moveUp', { n })}
          aria-keyshortcuts="Alt+ArrowUp"
          onClick={(e) => onMove(-1, e.currentTarget)}
        >
          {t('response.steps.up')}
        </button>
        <button
          type="button"
          className="secondary"
          data-move="down"
          disabled={index === count - 1}
          aria-label={t('response.steps.moveDown', { n })}
          aria-keyshortcuts="Alt+ArrowDown"
          onClick={(e) => onMove(1, e.currentTarget)}
        >
          {t('response.steps.down')}
        </button>
        <button
          type="button"
          className="secondary"
          disabled={remove.busy}
          aria-label={t('response.steps.remove', { n })}
          onClick={() => remove.start()}
        >
          {t('common.remove')}
        </button>
      </div>
      <WriteError error={remove.error} onRetry={remove.retry} />
    </li>
  );
}
