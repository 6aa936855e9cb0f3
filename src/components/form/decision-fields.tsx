// The "needs a leadership decision" control beside a mitigation action or a checklist item: a
// checkbox, and once ticked a cost estimate and the date the decision is needed by. The plan
// prints flagged items first, on its decision page. The form (and its autosave) comes from the
// owning feature's data.ts; this file only draws the fields.
import { useId } from 'react';
import { useWatch, type UseFormReturn } from 'react-hook-form';
import type { z } from 'zod';
import type { decisionFormSchema } from '../../domain/decision';
import { useT } from '../../i18n/use-i18n';
import { nullableString, TextField } from './field';

type Form = UseFormReturn<z.input<typeof decisionFormSchema>, unknown, z.output<typeof decisionFormSchema>>;

/** Typed cost → number: empty is "not known"; spaces and thousands commas are allowed. */
export const costValue = (v: unknown) => {
  if (typeof v === 'number') return v;
  const s = typeof v === 'string' ? v.replace(/[\s,]/g, '') : '';
  return s === '' ? null : Number(s);
};

export function DecisionFields({ form }: { form: Form }) {
  const t = useT();
  const id = useId();
  const { errors } = form.formState;
  const needed = useWatch({ control: form.control, name: 'decisionNeeded' });
  return (
    <div className="decision-fields">
      <div className="field">
        <label className="inline" htmlFor={id}>
          <input
            id={id}
            type="checkbox"
            aria-describedby={`${id}-hint`}
            {...form.register('decisionNeeded')}
          />{' '}
          {t('leadership.control.needed')}
        </label>
        <p className="field-hint" id={`${id}-hint`}>
          {t('leadership.control.neededHint')}
        </p>
      </div>
      {needed && (
        <>
          <TextField
            label={t('leadership.control.cost')}
            hint={t('leadership.control.costHint')}
            inputMode="decimal"
            error={errors.decisionCost}
            {...form.register('decisionCost', { setValueAs: costValue })}
          />
          <TextField
            type="date"
            label={t('leadership.control.neededBy')}
            error={errors.decisionNeededBy}
            {...form.register('decisionNeededBy', { setValueAs: nullableString })}
          />
        </>
      )}
    </div>
  );
}
