// The workbook's own facts (cover page of the plan), edited in place with autosave (on the overview).
// The plan's status is not typed in here: it comes from published versions and sign-offs, and the
// overview passes it in read only (`planState`). The old `status` field stays in the schema for old
// data and is no longer offered.
import type { ReactNode } from 'react';
import { nextReviewDate, type Workbook } from '../../domain/workbook';
import { nullableNumber, nullableString, TextAreaField, TextField } from '../../components/form/field';
import { useWorkbookDetailsForm } from './details-form';
import { useFormat, useT } from '../../i18n/use-i18n';

export function WorkbookDetailsForm({ workbook, planState }: { workbook: Workbook; planState: ReactNode }) {
  const t = useT();
  const fmt = useFormat();
  const form = useWorkbookDetailsForm(workbook);
  const { errors } = form.formState;
  const next = nextReviewDate(workbook);
  return (
    <section className="page" aria-labelledby="details-heading">
      <h2 id="details-heading">{t('workbooks.details')}</h2>
      <form className="form-grid" noValidate onSubmit={(e) => e.preventDefault()}>
        <TextField label={t('workbooks.title')} required error={errors.title} {...form.register('title')} />
        <TextField
          label={t('workbooks.organisation')}
          error={errors.organisation}
          {...form.register('organisation')}
        />
        <TextField label={t('workbooks.owner')} error={errors.owner} {...form.register('owner')} />
        {planState}
        <TextField
          type="date"
          label={t('workbooks.lastReviewDate')}
          error={errors.lastReviewDate}
          {...form.register('lastReviewDate', { setValueAs: nullableString })}
        />
        <TextField
          type="number"
          inputMode="numeric"
          min={1}
          max={60}
          label={t('workbooks.reviewCycleMonths')}
          error={errors.reviewCycleMonths}
          hint={`${t('workbooks.nextReviewDate')}: ${next ? fmt.date(next) : t('workbooks.noReview')}`}
          {...form.register('reviewCycleMonths', { setValueAs: nullableNumber })}
        />
        <TextAreaField
          className="span-2"
          label={t('workbooks.scope')}
          hint={t('workbooks.scopeHint')}
          error={errors.scope}
          {...form.register('scope')}
        />
        <TextField
          label={t('workbooks.rallyPoint')}
          hint={t('workbooks.rallyPointHint')}
          error={errors.rallyPoint}
          {...form.register('rallyPoint')}
        />
        <TextField
          label={t('workbooks.rallyPointAlternate')}
          error={errors.rallyPointAlternate}
          {...form.register('rallyPointAlternate')}
        />
      </form>
    </section>
  );
}
