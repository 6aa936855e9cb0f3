// The words shown for an item: the planner's own, or the catalogue's in the current language.
import type { ResponsibilityItem } from '../../domain/responsibility';
import type { T } from '../../i18n/use-i18n';

type Item = Pick<ResponsibilityItem, 'catalogueKey' | 'title' | 'description'>;

export function itemTitle(t: T, item: Item): string {
  if (item.title.trim()) return item.title;
  if (item.catalogueKey) return t.loose(`responsibilities.item.${item.catalogueKey}.title`);
  return t('responsibilities.untitled');
}

export function itemDescription(t: T, item: Item): string {
  if (item.description.trim()) return item.description;
  if (item.catalogueKey) return t.loose(`responsibilities.item.${item.catalogueKey}.description`);
  return '';
}

/** Status labels: provider-owned items are reviewed as "do we know how to check it and who watches". */
export function statusLabel(
  t: T,
  owner: ResponsibilityItem['owner'],
  status: ResponsibilityItem['reviewStatus'],
) {
  if (owner === 'provider' && (status === 'in_place' || status === 'partial' || status === 'gap')) {
    return t(`responsibilities.providerStatus.${status}`);
  }
  return t(`responsibilities.status.${status}`);
}
