// One process: who owns it, its tier, its impact over time (a grid of labelled selects, usable
// with the keyboard alone), money per outage length and its recovery objectives. Autosaved.
import { useDeleteWithUndo } from '../../components/use-delete-with-undo';
import {
  nullableNumber,
  nullableString,
  SelectField,
  TextAreaField,
  TextField,
} from '../../components/form/field';
import { WriteError } from '../../components/write-error';
import {
  BIA_TIERS,
  formatMoney,
  IMPACT_CATEGORIES,
  IMPACT_LEVELS,
  objectiveProblems,
  OUTAGE_BUCKETS,
  suggestMtpdHours,
  type BiaProcess,
  type BiaResource,
} from '../../domain/bia';
import { CURRENCIES } from '../../domain/workbook';
import type { Contact } from '../../domain/communications';
import { useLanguageStore, useT } from '../../i18n/use-i18n';
import { CheckGroup } from './check-group';
import { ImpactCharts } from './impact-charts';
import { PeakDates } from './peak-dates';
import { removeProcess, restoreProcess, useProcessForm } from './data';

export function ProcessEditor({
  process,
  contacts,
  sites,
}: {
  process: BiaProcess;
  contacts: Contact[];
  /** Location resources: the sites a process can run at. */
  sites: BiaResource[];
}) {
  const t = useT();
  const language = useLanguageStore((s) => s.language);
  const locale = language === 'ko' ? 'ko-KR' : 'en-GB';
  const monthName = new Intl.DateTimeFormat(locale, { month: 'short' });
  const form = useProcessForm(process);
  const { errors } = form.formState;
  const values = form.watch();
  // The form's values as typed (zod input types): read as the stored shape for the two rules.
  const current = { ...process, ...values } as BiaProcess;
  const problems = objectiveProblems(current);
  const suggested = suggestMtpdHours(current.impact, current.mtpdThreshold);
  const remove = useDeleteWithUndo({
    remove: () => removeProcess(process.id),
    undo: () => restoreProcess(process.id),
    text: t('bia.processRemoved', { name: process.name }),
  });
  const contactOptions = [
    { value: '', label: t('bia.noContact') },
    ...contacts.map((c) => ({ value: c.id, label: c.name })),
  ];
  const levelOptions = IMPACT_LEVELS.map((l) => ({ value: l, label: t(`bia.level.${l}`) }));
  const numberField = (name: 'minimumStaff' | 'mtpdHours' | 'rtoHours' | 'rpoHours') =>
    form.register(name, { setValueAs: nullableNumber });
  return (
    <section className="page bia-process" aria-labelledby="bia-process-heading">
      <h3 id="bia-process-heading">{t('bia.editProcess', { name: process.name })}</h3>
      <div className="bia-fields">
        <TextField label={t('bia.name')} required error={errors.name} {...form.register('name')} />
        <TextField label={t('bia.department')} error={errors.department} {...form.register('department')} />
        <SelectField
          label={t('bia.tier')}
          options={BIA_TIERS.map((n) => ({ value: String(n), label: t(`bia.tier.${n}`) }))}
          {...form.register('tier', { setValueAs: Number })}
        />
        <SelectField
          label={t('bia.owner')}
          options={contactOptions}
          {...form.register('ownerContactId', { setValueAs: nullableString })}
        />
        <SelectField
          label={t('bia.deputy')}
          options={contactOptions}
          {...form.register('deputyContactId', { setValueAs: nullableString })}
        />
        <TextField
          label={t('bia.minimumStaff')}
          type="number"
          min={0}
          inputMode="numeric"
          error={errors.minimumStaff}
          {...numberField('minimumStaff')}
        />
        <TextField label={t('bia.peakNotes')} error={errors.peakNotes} {...form.register('peakNotes')} />
        <label className="bia-check">
          <input type="checkbox" {...form.register('peakMonthEnd')} /> {t('bia.peakMonthEnd')}
        </label>
      </div>
      <CheckGroup
        legend={t('bia.peakMonths')}
        options={Array.from({ length: 12 }, (_, i) => ({
          value: i + 1,
          label: monthName.format(new Date(Date.UTC(2026, i, 15))),
        }))}
        value={current.peakMonths}
        onChange={(next) => form.setValue('peakMonths', next, { shouldDirty: true, shouldValidate: true })}
      />
      <PeakDates
        value={current.peakDates ?? []}
        onChange={(next) => form.setValue('peakDates', next, { shouldDirty: true, shouldValidate: true })}
      />
      {sites.length > 0 && (
        <CheckGroup
          legend={t('bia.sites')}
          options={sites.map((r) => ({ value: r.id, label: r.name }))}
          value={current.siteResourceIds}
          onChange={(next) =>
            form.setValue('siteResourceIds', next, { shouldDirty: true, shouldValidate: true })
          }
        />
      )}
      <TextAreaField
        label={t('bia.description')}
        error={errors.description}
        {...form.register('description')}
      />

      <h4 id="bia-grid-heading">{t('bia.impactHeading')}</h4>
      <p className="field-hint">{t('bia.impactHint')}</p>
      <div className="bia-grid-scroll">
        <table className="bia-grid" aria-labelledby="bia-grid-heading">
          <thead>
            <tr>
              <th scope="col">{t('bia.category')}</th>
              {OUTAGE_BUCKETS.map((b) => (
                <th key={b.key} scope="col">
                  {t(`bia.bucket.${b.key}`)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {IMPACT_CATEGORIES.map((c) => (
              <tr key={c}>
                <th scope="row">{t(`bia.category.${c}`)}</th>
                {OUTAGE_BUCKETS.map((b, i) => (
                  <td key={b.key} data-level={values.impact?.[c]?.[i]}>
                    <select
                      aria-label={t('bia.cellLabel', {
                        category: t(`bia.category.${c}`),
                        bucket: t(`bia.bucket.${b.key}`),
                      })}
                      {...form.register(`impact.${c}.${i}`)}
                    >
                      {levelOptions.map((o) => (
                        <option key={o.value} value={o.value}>
                          {o.label}
                        </option>
                      ))}
                    </select>
                  </td>
                ))}
              </tr>
            ))}
            <tr>
              <th scope="row">{t('bia.money')}</th>
              {OUTAGE_BUCKETS.map((b, i) => (
                <td key={b.key}>
                  <input
                    type="number"
                    min={0}
                    aria-label={t('bia.moneyLabel', { bucket: t(`bia.bucket.${b.key}`) })}
                    {...form.register(`money.${i}`, { setValueAs: nullableNumber })}
                  />
                </td>
              ))}
            </tr>
            <tr>
              <th scope="row">{t('bia.moneyShown')}</th>
              {OUTAGE_BUCKETS.map((b, i) => {
                const amount = current.money?.[i];
                return (
                  <td key={b.key} data-testid={`money-shown-${b.key}`}>
                    {typeof amount === 'number' && Number.isFinite(amount)
                      ? formatMoney(locale, current.currency, amount)
                      : t('bia.moneyNone')}
                  </td>
                );
              })}
            </tr>
          </tbody>
        </table>
      </div>
      <SelectField
        label={t('bia.currency')}
        options={CURRENCIES.map((c) => ({ value: c, label: c }))}
        {...form.register('currency')}
      />

      <ImpactCharts grid={current.impact} />

      <h4>{t('bia.objectivesHeading')}</h4>
      <div className="bia-fields">
        <SelectField
          label={t('bia.mtpdThreshold')}
          options={levelOptions}
          {...form.register('mtpdThreshold')}
        />
        <TextField
          label={t('bia.mtpd')}
          type="number"
          min={0}
          hint={suggested === null ? t('bia.mtpdNoSuggestion') : t('bia.mtpdSuggested', { hours: suggested })}
          error={errors.mtpdHours}
          {...numberField('mtpdHours')}
        />
        <TextField
          label={t('bia.rto')}
          type="number"
          min={0}
          error={errors.rtoHours ?? (problems.rto ? { message: problems.rto } : undefined)}
          {...numberField('rtoHours')}
        />
        <TextField
          label={t('bia.rpo')}
          type="number"
          min={0}
          error={errors.rpoHours}
          warning={problems.rpo ? t(problems.rpo) : undefined}
          {...numberField('rpoHours')}
        />
        <TextField
          label={t('bia.minimumServiceLevel')}
          error={errors.minimumServiceLevel}
          {...form.register('minimumServiceLevel')}
        />
      </div>
      <button
        type="button"
        className="secondary"
        disabled={remove.busy}
        onClick={() => remove.start()}
        aria-label={t('bia.removeProcess', { name: process.name })}
      >
        {t('common.remove')}
      </button>
      <WriteError error={remove.error} onRetry={remove.retry} />
    </section>
  );
}
