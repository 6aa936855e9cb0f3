// Activation criteria: the conditions that invoke the plan, each with its threshold and unit. The
// planner starts from one of the examples (or a blank condition) and edits it; a threshold that is
// not a number shows its message beside the field and stays in the field, unsaved, until fixed.
import { useId, useState } from 'react';
import { nullableNumber, SelectField, TextField } from '../../components/form/field';
import { useDeleteWithUndo } from '../../components/use-delete-with-undo';
import { useGuardedAction } from '../../components/use-guarded-action';
import { WriteError } from '../../components/write-error';
import { CRITERION_TEMPLATES, THRESHOLD_UNITS } from '../../domain/response';
import { useT } from '../../i18n/use-i18n';
import { addCriterion, removeCriterion, restoreCriterion, useCriterionForm, type ResponseData } from './data';

type Criterion = ResponseData['criteria'][number];

export function CriteriaSection({ workbookId, criteria }: { workbookId: string; criteria: Criterion[] }) {
  const t = useT();
  const id = useId();
  const [from, setFrom] = useState<string>(CRITERION_TEMPLATES[0].key);
  const add = useGuardedAction(() => {
    const tpl = CRITERION_TEMPLATES.find((c) => c.key === from);
    return addCriterion(
      workbookId,
      tpl
        ? { condition: t(`response.template.${tpl.key}`), threshold: tpl.threshold, unit: tpl.unit }
        : { condition: t('response.criteria.newCondition'), threshold: null, unit: 'none' },
    );
  });
  return (
    <section className="page response-section" aria-labelledby={`${id}-h`}>
      <h3 id={`${id}-h`}>{t('response.criteria.heading')}</h3>
      <p>{t('response.criteria.intro')}</p>
      {criteria.length === 0 ? (
        <p className="muted">{t('response.criteria.empty')}</p>
      ) : (
        <ol className="response-cards">
          {criteria.map((c, i) => (
            <CriterionEditor key={c.id} criterion={c} index={i + 1} />
          ))}
        </ol>
      )}
      <div className="response-add">
        <SelectField
          label={t('response.criteria.startFrom')}
          value={from}
          onChange={(e) => setFrom(e.target.value)}
          options={[
            ...CRITERION_TEMPLATES.map((c) => ({ value: c.key, label: t(`response.template.${c.key}`) })),
            { value: 'own', label: t('response.criteria.own') },
          ]}
        />
        <button type="button" disabled={add.busy} onClick={() => add.start()}>
          {t('response.criteria.add')}
        </button>
        <WriteError error={add.error} onRetry={add.retry} />
      </div>
    </section>
  );
}

function CriterionEditor({ criterion, index }: { criterion: Criterion; index: number }) {
  const t = useT();
  const form = useCriterionForm(criterion);
  const { errors } = form.formState;
  const label = t('response.criteria.itemLabel', { n: index });
  const remove = useDeleteWithUndo({
    remove: () => removeCriterion(criterion.id),
    undo: () => restoreCriterion(criterion.id),
    text: t('response.criteria.removed', { name: criterion.condition }),
  });
  return (
    <li className="response-card" aria-label={label}>
      <div className="form-grid">
        <TextField
          className="span-2"
          label={t('response.criteria.condition')}
          required
          error={errors.condition}
          {...form.register('condition')}
        />
        {/* Text, not type="number": what the planner typed stays visible with its message. */}
        <TextField
          label={t('response.criteria.threshold')}
          inputMode="decimal"
          autoComplete="off"
          error={errors.threshold}
          {...form.register('threshold', { setValueAs: nullableNumber })}
        />
        <SelectField
          label={t('response.criteria.unit')}
          options={THRESHOLD_UNITS.map((u) => ({ value: u, label: t(`response.unit.${u}`) }))}
          {...form.register('unit')}
        />
        <TextField
          className="span-2"
          label={t('response.criteria.notes')}
          error={errors.notes}
          {...form.register('notes')}
        />
      </div>
      <button
        type="button"
        className="secondary"
        disabled={remove.busy}
        onClick={() => remove.start()}
        aria-label={t('response.criteria.remove', { n: index })}
      >
        {t('common.remove')}
      </button>
      <WriteError error={remove.error} onRetry={remove.retry} />
    </li>
  );
}
