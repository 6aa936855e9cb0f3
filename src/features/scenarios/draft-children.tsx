// The create form's policy checks and mitigation actions: rows of the unsaved form (field arrays),
// written as their own records when the planner saves the scenario.
import { useFieldArray, useWatch, type UseFormReturn } from 'react-hook-form';
import { SelectField, TextField, nullableString } from '../../components/form/field';
import { actionStatuses, policyAnswers } from '../../domain/scenario';
import { todayIso } from '../../lib/dates';
import { useT } from '../../i18n/use-i18n';
import { overdueWarningKey, type ScenarioCreateInput, type ScenarioCreateValues } from './form-schema';

type CreateForm = UseFormReturn<ScenarioCreateInput, unknown, ScenarioCreateValues>;

export function DraftPolicyChecks({ form }: { form: CreateForm }) {
  const t = useT();
  const { fields, append, remove } = useFieldArray({ control: form.control, name: 'policyChecks' });
  const errors = form.formState.errors.policyChecks;
  return (
    <section className="span-2 scenarios-children" aria-labelledby="draft-policy-heading">
      <h3 id="draft-policy-heading">{t('scenarios.policyChecks')}</h3>
      <p className="field-hint">{t('scenarios.policyHint')}</p>
      <ol className="scenarios-rows">
        {fields.map((f, i) => (
          <li key={f.id} className="scenarios-row" aria-label={t('scenarios.policyRow', { n: i + 1 })}>
            <TextField
              className="scenarios-row-wide"
              label={t('scenarios.policyStatement')}
              required
              error={errors?.[i]?.statement}
              {...form.register(`policyChecks.${i}.statement`)}
            />
            <SelectField
              label={t('scenarios.policyAnswer')}
              options={policyAnswers.map((a) => ({ value: a, label: t.loose(`scenarios.policy.${a}`) }))}
              {...form.register(`policyChecks.${i}.answer`)}
            />
            <button type="button" className="secondary" onClick={() => remove(i)}>
              {t('scenarios.removePolicyCheck', { n: i + 1 })}
            </button>
          </li>
        ))}
      </ol>
      <button
        type="button"
        className="secondary"
        onClick={() => append({ statement: '', answer: 'unknown' })}
      >
        {t('scenarios.addPolicyCheck')}
      </button>
    </section>
  );
}

export function DraftActions({ form }: { form: CreateForm }) {
  const t = useT();
  const { fields, append, remove } = useFieldArray({ control: form.control, name: 'actions' });
  const values = useWatch({ control: form.control, name: 'actions' });
  const errors = form.formState.errors.actions;
  const today = todayIso();
  return (
    <section className="span-2 scenarios-children" aria-labelledby="draft-actions-heading">
      <h3 id="draft-actions-heading">{t('scenarios.actions')}</h3>
      <ol className="scenarios-rows">
        {fields.map((f, i) => {
          const warning = overdueWarningKey(values?.[i] ?? {}, today);
          return (
            <li key={f.id} className="scenarios-row" aria-label={t('scenarios.actionRow', { n: i + 1 })}>
              <TextField
                className="scenarios-row-wide"
                label={t('scenarios.actionText')}
                required
                error={errors?.[i]?.action}
                {...form.register(`actions.${i}.action`)}
              />
              <TextField
                label={t('scenarios.actionOwner')}
                error={errors?.[i]?.owner}
                {...form.register(`actions.${i}.owner`)}
              />
              <TextField
                type="date"
                label={t('scenarios.actionDue')}
                error={errors?.[i]?.dueDate}
                warning={warning ? t.loose(warning) : undefined}
                {...form.register(`actions.${i}.dueDate`, { setValueAs: nullableString })}
              />
              <SelectField
                label={t('scenarios.actionStatus')}
                options={actionStatuses.map((s) => ({
                  value: s,
                  label: t.loose(`scenarios.actionStatus.${s}`),
                }))}
                {...form.register(`actions.${i}.status`)}
              />
              <button type="button" className="secondary" onClick={() => remove(i)}>
                {t('scenarios.removeAction', { n: i + 1 })}
              </button>
            </li>
          );
        })}
      </ol>
      <button
        type="button"
        className="secondary"
        onClick={() => append({ action: '', owner: '', dueDate: null, status: 'open' })}
      >
        {t('scenarios.addAction')}
      </button>
    </section>
  );
}
