// The fields of a scenario, shared by the create form (Save button) and the editor (autosave).
import { useId } from 'react';
import { Controller, useWatch, type UseFormReturn } from 'react-hook-form';
import {
  nullableNumber,
  nullableString,
  SelectField,
  TextAreaField,
  TextField,
} from '../../components/form/field';
import type { Contact } from '../../domain/communications';
import { areas, type Dependency } from '../../domain/risk-areas';
import { riskScore, scenarioStatuses, severityOf, triggers } from '../../domain/scenario';
import { regionOf } from '../../domain/venn';
import { regionName } from '../../i18n/regions';
import { useT } from '../../i18n/use-i18n';
import { rpoWarningKey, type ScenarioFormInput, type ScenarioFormValues } from './form-schema';

export type ScenarioForm = UseFormReturn<ScenarioFormInput, unknown, ScenarioFormValues>;

const ratingOptions = (t: ReturnType<typeof useT>) =>
  [1, 2, 3, 4, 5].map((n) => ({ value: String(n), label: t.loose(`scenarios.rating.${n}`) }));

export function ScenarioFields({
  form,
  dependencies,
  contacts,
}: {
  form: ScenarioForm;
  dependencies: Dependency[];
  /** Who can own the scenario (the workbook's contacts). */
  contacts: readonly Pick<Contact, 'id' | 'name'>[];
}) {
  const t = useT();
  const { register, control } = form;
  const { errors } = form.formState;
  const [chosenAreas, likelihood, impact, rtoHours, rpoHours] = useWatch({
    control,
    name: ['areas', 'likelihood', 'impact', 'rtoHours', 'rpoHours'],
  });
  const region = regionOf(chosenAreas ?? []);
  const chosen = { likelihood: Number(likelihood) || 0, impact: Number(impact) || 0 };
  const score = riskScore(chosen);
  const rpoWarning = rpoWarningKey({ rtoHours: rtoHours ?? null, rpoHours: rpoHours ?? null });
  const areasId = useId();
  const depsId = useId();
  return (
    <>
      <TextField
        className="span-2"
        label={t('scenarios.field.title')}
        required
        error={errors.title}
        {...register('title')}
      />
      <TextAreaField
        className="span-2"
        label={t('scenarios.field.description')}
        error={errors.description}
        {...register('description')}
      />
      <Controller
        control={control}
        name="areas"
        render={({ field }) => {
          const value = field.value ?? [];
          return (
            <fieldset
              className="field span-2 scenarios-checks"
              aria-describedby={`${areasId}-hint${errors.areas ? ` ${areasId}-error` : ''}`}
              data-invalid={errors.areas ? 'true' : undefined}
            >
              <legend>
                {t('scenarios.field.areas')}
                <span className="required-mark"> ({t('common.required')})</span>
              </legend>
              {areas.map((a) => (
                <label key={a} className="scenarios-check">
                  <input
                    type="checkbox"
                    name="areas"
                    value={a}
                    checked={value.includes(a)}
                    onBlur={field.onBlur}
                    onChange={(e) =>
                      field.onChange(areas.filter((x) => (x === a ? e.target.checked : value.includes(x))))
                    }
                  />
                  {t.loose(`scenarios.area.${a}`)}
                </label>
              ))}
              <p className="field-hint" id={`${areasId}-hint`}>
                {t('scenarios.field.areasHint')}{' '}
                {region && <strong>{t('scenarios.field.region', { region: regionName(t, region) })}</strong>}
              </p>
              {errors.areas?.message && (
                <p className="field-error" id={`${areasId}-error`} role="alert">
                  {t.loose(errors.areas.message)}
                </p>
              )}
            </fieldset>
          );
        }}
      />
      <SelectField
        label={t('scenarios.field.trigger')}
        error={errors.trigger}
        options={triggers.map((x) => ({ value: x, label: t.loose(`scenarios.trigger.${x}`) }))}
        {...register('trigger')}
      />
      <TextField
        type="number"
        inputMode="decimal"
        min={0}
        max={100}
        label={t('scenarios.field.staffAffectedPercent')}
        error={errors.staffAffectedPercent}
        {...register('staffAffectedPercent', { setValueAs: nullableNumber })}
      />
      <SelectField
        label={t('scenarios.field.likelihood')}
        error={errors.likelihood}
        options={ratingOptions(t)}
        {...register('likelihood', { setValueAs: Number })}
      />
      <SelectField
        label={t('scenarios.field.impact')}
        error={errors.impact}
        options={ratingOptions(t)}
        hint={t('scenarios.field.score', { score, band: t.loose(`scenarios.band.${severityOf(chosen)}`) })}
        {...register('impact', { setValueAs: Number })}
      />
      <Controller
        control={control}
        name="affectedDependencyIds"
        render={({ field }) => {
          const value = field.value ?? [];
          return (
            <fieldset className="field span-2 scenarios-checks" aria-describedby={`${depsId}-hint`}>
              <legend>{t('scenarios.field.affected')}</legend>
              <p className="field-hint" id={`${depsId}-hint`}>
                {dependencies.length === 0
                  ? t('scenarios.field.affectedNone')
                  : t('scenarios.field.affectedHint')}
              </p>
              {areas.map((a) => {
                const items = dependencies.filter((d) => d.area === a);
                if (items.length === 0) return null;
                return (
                  <div key={a} className="scenarios-dep-group">
                    <span className="scenarios-dep-area">{t.loose(`scenarios.area.${a}`)}</span>
                    {items.map((d) => (
                      <label key={d.id} className="scenarios-check">
                        <input
                          type="checkbox"
                          name="affectedDependencyIds"
                          value={d.id}
                          checked={value.includes(d.id)}
                          onBlur={field.onBlur}
                          onChange={(e) =>
                            field.onChange(
                              e.target.checked ? [...value, d.id] : value.filter((id) => id !== d.id),
                            )
                          }
                        />
                        {d.name}
                      </label>
                    ))}
                  </div>
                );
              })}
            </fieldset>
          );
        }}
      />
      <TextField
        type="number"
        inputMode="decimal"
        min={0}
        label={t('scenarios.field.rtoHours')}
        error={errors.rtoHours}
        {...register('rtoHours', { setValueAs: nullableNumber })}
      />
      <TextField
        type="number"
        inputMode="decimal"
        min={0}
        label={t('scenarios.field.rpoHours')}
        error={errors.rpoHours}
        warning={rpoWarning ? t.loose(rpoWarning) : undefined}
        {...register('rpoHours', { setValueAs: nullableNumber })}
      />
      <TextAreaField
        className="span-2"
        label={t('scenarios.field.controls')}
        error={errors.controls}
        {...register('controls')}
      />
      <TextAreaField
        className="span-2"
        label={t('scenarios.field.alternateWorking')}
        error={errors.alternateWorking}
        {...register('alternateWorking')}
      />
      <TextAreaField
        className="span-2"
        label={t('scenarios.field.communicationSteps')}
        error={errors.communicationSteps}
        {...register('communicationSteps')}
      />
      <SelectField
        label={t('scenarios.field.status')}
        error={errors.status}
        options={scenarioStatuses.map((s) => ({ value: s, label: t.loose(`scenarios.status.${s}`) }))}
        {...register('status')}
      />
      <SelectField
        label={t('scenarios.field.owner')}
        error={errors.ownerContactId}
        options={[
          { value: '', label: t('scenarios.field.noOwner') },
          ...contacts.map((c) => ({ value: c.id, label: c.name })),
        ]}
        {...register('ownerContactId', { setValueAs: nullableString })}
      />
      <TextField
        type="date"
        label={t('scenarios.field.lastReviewedDate')}
        error={errors.lastReviewedDate}
        {...register('lastReviewedDate', { setValueAs: nullableString })}
      />
    </>
  );
}
