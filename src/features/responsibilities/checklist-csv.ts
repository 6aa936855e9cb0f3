// The checklist as a CSV file, in the current language.
import type { ResponsibilityItem } from '../../domain/responsibility';
import { toCsv } from '../../lib/csv';
import type { T } from '../../i18n/use-i18n';
import { itemDescription, itemTitle } from './item-text';

export function checklistCsv(t: T, items: readonly ResponsibilityItem[]): string {
  const header = [
    t('responsibilities.csv.area'),
    t('responsibilities.csv.owner'),
    t('responsibilities.csv.phase'),
    t('responsibilities.csv.item'),
    t('responsibilities.csv.description'),
    t('responsibilities.csv.status'),
    t('responsibilities.csv.person'),
    t('responsibilities.csv.notes'),
    t('responsibilities.csv.reviewedDate'),
    t('responsibilities.csv.hidden'),
  ];
  const rows = items.map((item) => [
    t(`responsibilities.area.${item.area}`),
    t(`responsibilities.owner.${item.owner}`),
    t(`responsibilities.phase.${item.phase}`),
    itemTitle(t, item),
    itemDescription(t, item),
    t(`responsibilities.status.${item.reviewStatus}`),
    item.responsiblePerson,
    item.notes,
    item.reviewedDate ?? '',
    item.hidden ? t('common.yes') : t('common.no'),
  ]);
  return toCsv(header, rows);
}
