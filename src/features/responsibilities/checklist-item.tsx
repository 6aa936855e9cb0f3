// One checklist item, reviewed in place with autosave; its wording and placement can be edited,
// and it can be hidden (with Undo) or restored.
import { useId } from 'react';
import {
  owners,
  phases,
  responsibilityAreas,
  reviewStatuses,
  type ResponsibilityItem,
  type ReviewStatus,
} from '../../domain/responsibility';
import { nullableString, SelectField, TextAreaField, TextField } from '../../components/form/field';
import { showToast } from '../../components/toast';
import { runUndo } from '../../components/use-delete-with-undo';
import { useGuardedAction } from '../../components/use-guarded-action';
import { WriteError } from '../../components/write-error';
import { useFormat, useT } from '../../i18n/use-i18n';
import { reviewedDateAfterStatus, setResponsibilityHidden, useChecklistItemForm } from './data';
import { ItemDecision } from './item-decision';
import { itemDescription, itemTitle, statusLabel } from './item-text';

export function ChecklistItem({ item }: { item: ResponsibilityItem }) {
  const t = useT();
  const fmt = useFormat();
  const headingId = useId();
  const form = useChecklistItemForm(item);
  const { errors } = form.formState;
  const title = itemTitle(t, item);
  const description = itemDescription(t, item);
  const isProvider = item.owner === 'provider';

  const setHidden = useGuardedAction(setResponsibilityHidden, {
    onSuccess: (_item, id, hidden) =>
      showToast({
        text: t(hidden ? 'responsibilities.checklist.hidden' : 'responsibilities.checklist.restored', {
          title,
        }),
        actionLabel: t('common.undo'),
        onAction: () => runUndo(() => setResponsibilityHidden(id, !hidden), t),
      }),
  });

  return (
    <article className="responsibilities-item" aria-labelledby={headingId} data-status={item.reviewStatus}>
      <header className="responsibilities-item-head">
        <h3 id={headingId}>{title}</h3>
        <p className="responsibilities-tags">
          <span className={`badge responsibilities-owner-${item.owner}`}>
            {t(`responsibilities.owner.${item.owner}`)}
          </span>{' '}
          <span className="badge">{t(`responsibilities.phase.${item.phase}`)}</span>{' '}
          <span className="badge">{t(`responsibilities.area.${item.area}`)}</span>{' '}
          {!item.catalogueKey && <span className="badge">{t('responsibilities.custom')}</span>}{' '}
          {item.hidden && <span className="badge badge-warning">{t('responsibilities.hiddenBadge')}</span>}
        </p>
        {description && <p className="muted">{description}</p>}
        {isProvider && (
          <p className="responsibilities-question">{t('responsibilities.checklist.providerQuestion')}</p>
        )}
      </header>
      <form className="form-grid" noValidate onSubmit={(e) => e.preventDefault()}>
        <SelectField
          label={t('responsibilities.checklist.status')}
          error={errors.reviewStatus}
          options={reviewStatuses.map((s) => ({ value: s, label: statusLabel(t, item.owner, s) }))}
          {...form.register('reviewStatus', {
            onChange: (e: { target: { value: ReviewStatus } }) => {
              const current = form.getValues('reviewedDate') ?? null;
              const next = reviewedDateAfterStatus(e.target.value, current);
              if (next !== current) form.setValue('reviewedDate', next, { shouldValidate: true });
            },
          })}
        />
        <TextField
          label={t(isProvider ? 'responsibilities.checklist.watcher' : 'responsibilities.checklist.person')}
          error={errors.responsiblePerson}
          {...form.register('responsiblePerson')}
        />
        <TextField
          type="date"
          label={t('responsibilities.checklist.reviewedDate')}
          error={errors.reviewedDate}
          hint={item.reviewedDate ? fmt.date(item.reviewedDate) : undefined}
          {...form.register('reviewedDate', { setValueAs: nullableString })}
        />
        <TextAreaField
          className="span-2"
          label={t(
            isProvider ? 'responsibilities.checklist.providerNotes' : 'responsibilities.checklist.notes',
          )}
          error={errors.notes}
          {...form.register('notes')}
        />
        <div className="span-2">
          <ItemDecision item={item} />
        </div>
        <details className="span-2 responsibilities-wording">
          <summary>{t('responsibilities.checklist.editWording')}</summary>
          <div className="form-grid">
            <TextField
              label={t('responsibilities.checklist.title')}
              required={!item.catalogueKey}
              hint={item.catalogueKey ? t('responsibilities.checklist.titleHint') : undefined}
              placeholder={item.catalogueKey ? itemTitle(t, { ...item, title: '' }) : undefined}
              error={errors.title}
              {...form.register('title')}
            />
            <SelectField
              label={t('responsibilities.checklist.area')}
              error={errors.area}
              options={responsibilityAreas.map((a) => ({ value: a, label: t(`responsibilities.area.${a}`) }))}
              {...form.register('area')}
            />
            <SelectField
              label={t('responsibilities.checklist.owner')}
              error={errors.owner}
              options={owners.map((o) => ({ value: o, label: t(`responsibilities.owner.${o}`) }))}
              {...form.register('owner')}
            />
            <SelectField
              label={t('responsibilities.checklist.phase')}
              error={errors.phase}
              options={phases.map((p) => ({ value: p, label: t(`responsibilities.phase.${p}`) }))}
              {...form.register('phase')}
            />
            <TextAreaField
              className="span-2"
              label={t('responsibilities.checklist.description')}
              hint={item.catalogueKey ? t('responsibilities.checklist.titleHint') : undefined}
              placeholder={item.catalogueKey ? itemDescription(t, { ...item, description: '' }) : undefined}
              error={errors.description}
              {...form.register('description')}
            />
          </div>
        </details>
      </form>
      <div
        className="card-actions"
        role="group"
        aria-label={t('responsibilities.checklist.actionsFor', { title })}
      >
        <button
          type="button"
          className="secondary"
          disabled={setHidden.busy}
          onClick={() => setHidden.start(item.id, !item.hidden)}
        >
          {t(item.hidden ? 'responsibilities.checklist.restore' : 'responsibilities.checklist.hide')}
        </button>
      </div>
      <WriteError error={setHidden.error} onRetry={setHidden.retry} />
    </article>
  );
}
