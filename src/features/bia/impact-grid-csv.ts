// The impact grid as a CSV file for spreadsheets and pivot tables: one row per process and impact
// category with a column per outage length, then a row of money estimates per process (numbers, in
// the currency named in its own column). In the current language.
import { IMPACT_CATEGORIES, OUTAGE_BUCKETS, type BiaProcess } from '../../domain/bia';
import type { T } from '../../i18n/use-i18n';
import { toCsv, type CsvCell } from '../../lib/csv';

export function impactGridCsv(t: T, processes: readonly BiaProcess[]): string {
  const header = [
    t('bia.colProcess'),
    t('bia.colTier'),
    t('bia.category'),
    t('bia.currency'),
    ...OUTAGE_BUCKETS.map((b) => t(`bia.bucket.${b.key}`)),
  ];
  const rows = processes.flatMap((p): CsvCell[][] => [
    ...IMPACT_CATEGORIES.map((c) => [
      p.name,
      p.tier,
      t(`bia.category.${c}`),
      '',
      ...p.impact[c].map((level) => t(`bia.level.${level}`)),
    ]),
    [p.name, p.tier, t('bia.money'), p.currency, ...p.money],
  ]);
  return toCsv(header, rows);
}
