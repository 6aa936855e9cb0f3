// How much of the checklist is reviewed, and how many gaps are open.
import { checklistProgress } from '../../domain/checklist';
import type { ResponsibilityItem } from '../../domain/responsibility';
import { useFormat, useT } from '../../i18n/use-i18n';

export function ChecklistProgress({ items }: { items: ResponsibilityItem[] }) {
  const t = useT();
  const fmt = useFormat();
  const p = checklistProgress(items);
  return (
    <section className="page responsibilities-progress" aria-labelledby="progress-heading">
      <h2 id="progress-heading">{t('responsibilities.progress.heading')}</h2>
      <p data-testid="checklist-progress">
        {t('responsibilities.progress.reviewed', {
          reviewed: p.reviewed,
          total: p.total,
          percent: fmt.percent(p.reviewedShare),
        })}
      </p>
      <progress max={p.total || 1} value={p.reviewed} aria-label={t('responsibilities.progress.bar')} />
      <p>
        <span className={p.openGaps > 0 ? 'badge badge-danger' : 'badge badge-ok'}>
          {t('responsibilities.progress.gaps', { count: p.openGaps })}
        </span>{' '}
        <span className="badge">{t('responsibilities.progress.partial', { count: p.counts.partial })}</span>
      </p>
    </section>
  );
}
