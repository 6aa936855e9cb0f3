// The responsibility step: review progress, the matrix for one phase, and the checklist with filters.
import { useState } from 'react';
import { filterChecklist, matrixPhases } from '../../domain/checklist';
import { owners, reviewStatuses } from '../../domain/responsibility';
import { useOpenWorkbook } from '../../components/open-workbook';
import { SelectField } from '../../components/form/field';
import { csvBlob } from '../../lib/csv';
import { downloadBlob } from '../../lib/download';
import { todayIso } from '../../lib/dates';
import { useT } from '../../i18n/use-i18n';
import { ChecklistItem } from './checklist-item';
import { ChecklistProgress } from './checklist-progress';
import { checklistCsv } from './checklist-csv';
import { useResponsibilities } from './data';
import { useChecklistStore } from './checklist-filter-store';
import { NewItemDialog } from './new-item-dialog';
import { ResponsibilityMatrix } from './responsibility-matrix';
import './responsibilities.css';

export default function ResponsibilitiesPage() {
  const t = useT();
  const workbook = useOpenWorkbook();
  const items = useResponsibilities(workbook.id);
  const { filter, setFilter } = useChecklistStore();
  const [adding, setAdding] = useState(false);
  if (!items) return <p className="loading">{t('common.loading')}</p>;
  const shown = filterChecklist(items, filter);
  const all = { value: 'all', label: t('common.all') };

  return (
    <div className="responsibilities">
      <section className="page" aria-labelledby="responsibilities-heading">
        <h2 id="responsibilities-heading">{t('responsibilities.heading')}</h2>
        <p>{t('responsibilities.intro')}</p>
      </section>
      <ChecklistProgress items={items} />
      <ResponsibilityMatrix items={items} />
      <section className="page" aria-labelledby="checklist-heading">
        <h2 id="checklist-heading">{t('responsibilities.checklist.heading')}</h2>
        <div className="responsibilities-toolbar">
          <button type="button" onClick={() => setAdding(true)}>
            {t('responsibilities.checklist.add')}
          </button>
          <button
            type="button"
            className="secondary"
            onClick={() =>
              downloadBlob(
                csvBlob(checklistCsv(t, items)),
                `${t('responsibilities.csv.fileName')}-${todayIso()}.csv`,
              )
            }
          >
            {t('responsibilities.checklist.exportCsv')}
          </button>
        </div>
        <div className="responsibilities-filters">
          <SelectField
            label={t('responsibilities.checklist.filterStatus')}
            value={filter.status}
            onChange={(e) => setFilter({ status: e.target.value as typeof filter.status })}
            options={[
              all,
              ...reviewStatuses.map((s) => ({ value: s, label: t(`responsibilities.status.${s}`) })),
            ]}
          />
          <SelectField
            label={t('responsibilities.checklist.filterOwner')}
            value={filter.owner}
            onChange={(e) => setFilter({ owner: e.target.value as typeof filter.owner })}
            options={[all, ...owners.map((o) => ({ value: o, label: t(`responsibilities.owner.${o}`) }))]}
          />
          <SelectField
            label={t('responsibilities.checklist.filterPhase')}
            value={filter.phase}
            onChange={(e) => setFilter({ phase: e.target.value as typeof filter.phase })}
            options={[
              all,
              ...matrixPhases.map((p) => ({ value: p, label: t(`responsibilities.phase.${p}`) })),
            ]}
          />
          <label className="inline">
            <input
              type="checkbox"
              checked={filter.hidden}
              onChange={(e) => setFilter({ hidden: e.target.checked })}
            />
            {t('responsibilities.checklist.showHidden')}
          </label>
        </div>
        <p role="status">{t('responsibilities.checklist.count', { count: shown.length })}</p>
        {shown.length === 0 && <p className="muted">{t('responsibilities.checklist.none')}</p>}
        <div className="responsibilities-list">
          {shown.map((item) => (
            <ChecklistItem key={item.id} item={item} />
          ))}
        </div>
      </section>
      <NewItemDialog workbookId={workbook.id} open={adding} onClose={() => setAdding(false)} />
    </div>
  );
}
