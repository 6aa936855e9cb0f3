// A saved scenario's policy checks and mitigation actions: each row is its own record, autosaved.
import { useState, type FormEvent } from 'react';
import { useWatch } from 'react-hook-form';
import type { WriteOutcome } from '../../db/guarded-write';
import { SelectField, TextField, nullableString } from '../../components/form/field';
import { useDeleteWithUndo } from '../../components/use-delete-with-undo';
import { useGuardedAction } from '../../components/use-guarded-action';
import { WriteError } from '../../components/write-error';
import {
  actionStatuses,
  policyAnswers,
  type MitigationAction,
  type PolicyCheck,
} from '../../domain/scenario';
import { todayIso } from '../../lib/dates';
import { useT } from '../../i18n/use-i18n';
import {
  addMitigationAction,
  addPolicyCheck,
  removeMitigationAction,
  removePolicyCheck,
  restoreMitigationAction,
  restorePolicyCheck,
  useMitigationActionForm,
  useMitigationActions,
  usePolicyCheckForm,
  usePolicyChecks,
} from './data';
import { ActionDecision } from './action-decision';
import { overdueWarningKey, policyRowSchema } from './form-schema';

type Props = { workbookId: string; scenarioId: string };

type AddRowProps = { label: string; button: string; onAdd: (text: string) => Promise<WriteOutcome<unknown>> };

/**
 * A one-field form that adds a row; the text is required like the record's own rule, and stays in
 * the field until the row is stored.
 */
function AddRow({ label, button, onAdd }: AddRowProps) {
  const [text, setText] = useState('');
  const [error, setError] = useState<string>();
  const add = useGuardedAction(onAdd, { onSuccess: () => setText('') });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const parsed = policyRowSchema.shape.statement.safeParse(text);
    if (!parsed.success) return setError(parsed.error.issues[0]!.message);
    setError(undefined);
    add.start(parsed.data);
  };
  return (
    <form className="scenarios-row scenarios-add-row" onSubmit={submit} noValidate>
      <TextField
        className="scenarios-row-wide"
        label={label}
        value={text}
        error={error ? { message: error } : undefined}
        onChange={(e) => setText(e.target.value)}
      />
      <button type="submit" disabled={add.busy}>
        {button}
      </button>
      <WriteError error={add.error} onRetry={add.retry} />
    </form>
  );
}

export function SavedPolicyChecks({ workbookId, scenarioId }: Props) {
  const t = useT();
  const rows = usePolicyChecks(workbookId, scenarioId) ?? [];
  return (
    <section className="span-2 scenarios-children" aria-labelledby="policy-heading">
      <h3 id="policy-heading">{t('scenarios.policyChecks')}</h3>
      <p className="field-hint">{t('scenarios.policyHint')}</p>
      <ol className="scenarios-rows">
        {rows.map((row, i) => (
          <PolicyRow key={row.id} row={row} n={i + 1} />
        ))}
      </ol>
      <AddRow
        label={t('scenarios.newPolicyStatement')}
        button={t('scenarios.addPolicyCheck')}
        onAdd={(text) => addPolicyCheck(workbookId, scenarioId, text)}
      />
    </section>
  );
}

function PolicyRow({ row, n }: { row: PolicyCheck; n: number }) {
  const t = useT();
  const form = usePolicyCheckForm(row);
  const { errors } = form.formState;
  const remove = useDeleteWithUndo({
    remove: () => removePolicyCheck(row.id),
    undo: () => restorePolicyCheck(row.id),
    text: t('scenarios.rowRemoved', { text: row.statement }),
  });
  return (
    <li className="scenarios-row" aria-label={t('scenarios.policyRow', { n })}>
      <TextField
        className="scenarios-row-wide"
        label={t('scenarios.policyStatement')}
        required
        error={errors.statement}
        {...form.register('statement')}
      />
      <SelectField
        label={t('scenarios.policyAnswer')}
        options={policyAnswers.map((a) => ({ value: a, label: t.loose(`scenarios.policy.${a}`) }))}
        {...form.register('answer')}
      />
      <button type="button" className="secondary" disabled={remove.busy} onClick={() => remove.start()}>
        {t('scenarios.removePolicyCheck', { n })}
      </button>
      <WriteError error={remove.error} onRetry={remove.retry} />
    </li>
  );
}

export function SavedActions({ workbookId, scenarioId }: Props) {
  const t = useT();
  const rows = useMitigationActions(workbookId, scenarioId) ?? [];
  return (
    <section className="span-2 scenarios-children" aria-labelledby="actions-heading">
      <h3 id="actions-heading">{t('scenarios.actions')}</h3>
      <ol className="scenarios-rows">
        {rows.map((row, i) => (
          <ActionRow key={row.id} row={row} n={i + 1} />
        ))}
      </ol>
      <AddRow
        label={t('scenarios.newAction')}
        button={t('scenarios.addAction')}
        onAdd={(text) => addMitigationAction(workbookId, scenarioId, text)}
      />
    </section>
  );
}

function ActionRow({ row, n }: { row: MitigationAction; n: number }) {
  const t = useT();
  const form = useMitigationActionForm(row);
  const { errors } = form.formState;
  const remove = useDeleteWithUndo({
    remove: () => removeMitigationAction(row.id),
    undo: () => restoreMitigationAction(row.id),
    text: t('scenarios.rowRemoved', { text: row.action }),
  });
  const [status, dueDate] = useWatch({ control: form.control, name: ['status', 'dueDate'] });
  const warning = overdueWarningKey({ status, dueDate }, todayIso());
  return (
    <li className="scenarios-row" aria-label={t('scenarios.actionRow', { n })}>
      <TextField
        className="scenarios-row-wide"
        label={t('scenarios.actionText')}
        required
        error={errors.action}
        {...form.register('action')}
      />
      <TextField label={t('scenarios.actionOwner')} error={errors.owner} {...form.register('owner')} />
      <TextField
        type="date"
        label={t('scenarios.actionDue')}
        error={errors.dueDate}
        warning={warning ? t.loose(warning) : undefined}
        {...form.register('dueDate', { setValueAs: nullableString })}
      />
      <SelectField
        label={t('scenarios.actionStatus')}
        options={actionStatuses.map((s) => ({ value: s, label: t.loose(`scenarios.actionStatus.${s}`) }))}
        {...form.register('status')}
      />
      <div className="scenarios-row-wide">
        <ActionDecision row={row} />
      </div>
      <button type="button" className="secondary" disabled={remove.busy} onClick={() => remove.start()}>
        {t('scenarios.removeAction', { n })}
      </button>
      <WriteError error={remove.error} onRetry={remove.retry} />
    </li>
  );
}
