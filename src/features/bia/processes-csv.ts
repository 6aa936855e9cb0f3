// The processes as a CSV file in the current language: identity, tier, objectives (MTPD as set and
// as in force), the impact grid (one column per category and outage length), money per length and
// the peak periods. The column list is shared with the import (processes-csv-import.ts), which
// reads the same headings in English or Korean.
import { effectiveMtpd, IMPACT_CATEGORIES, OUTAGE_BUCKETS, type BiaProcess } from '../../domain/bia';
import type { Contact } from '../../domain/communications';
import type { T } from '../../i18n/use-i18n';
import { toCsv, type CsvCell } from '../../lib/csv';

/** What a column holds; the import turns each back into a field of the process. */
export type CsvField =
  | 'name'
  | 'description'
  | 'department'
  | 'tier'
  | 'owner'
  | 'deputy'
  | 'mtpd'
  | 'mtpdInForce'
  | 'rto'
  | 'rpo'
  | 'minimumServiceLevel'
  | 'minimumStaff'
  | 'peakNotes'
  | 'currency'
  | `impact.${number}.${number}`
  | `money.${number}`
  | 'peakMonths'
  | 'peakMonthEnd'
  | 'peakDates';

/** The columns in file order: what each holds and its heading in a language. */
export function processColumns(t: T): { field: CsvField; header: string }[] {
  const bucket = (key: string) => t.loose(`bia.bucket.${key}`);
  return [
    { field: 'name', header: t('bia.name') },
    { field: 'description', header: t('bia.description') },
    { field: 'department', header: t('bia.department') },
    { field: 'tier', header: t('bia.tier') },
    { field: 'owner', header: t('bia.owner') },
    { field: 'deputy', header: t('bia.deputy') },
    { field: 'mtpd', header: t('bia.mtpd') },
    { field: 'mtpdInForce', header: t('bia.csvMtpdInForce') },
    { field: 'rto', header: t('bia.rto') },
    { field: 'rpo', header: t('bia.rpo') },
    { field: 'minimumServiceLevel', header: t('bia.minimumServiceLevel') },
    { field: 'minimumStaff', header: t('bia.minimumStaff') },
    { field: 'peakNotes', header: t('bia.peakNotes') },
    { field: 'currency', header: t('bia.currency') },
    ...IMPACT_CATEGORIES.flatMap((c, ci) =>
      OUTAGE_BUCKETS.map((b, bi) => ({
        field: `impact.${ci}.${bi}` as const,
        header: t('bia.cellLabel', { category: t(`bia.category.${c}`), bucket: bucket(b.key) }),
      })),
    ),
    ...OUTAGE_BUCKETS.map((b, bi) => ({
      field: `money.${bi}` as const,
      header: t('bia.moneyLabel', { bucket: bucket(b.key) }),
    })),
    { field: 'peakMonths', header: t('bia.peakMonths') },
    { field: 'peakMonthEnd', header: t('bia.peakMonthEnd') },
    { field: 'peakDates', header: t('bia.peakDates') },
  ];
}

/** Lists in one cell (peak months, peak dates) are separated by semicolons. */
export const LIST_SEPARATOR = '; ';

export function processesCsv(t: T, processes: readonly BiaProcess[], contacts: readonly Contact[]): string {
  const contactName = new Map(contacts.map((c) => [c.id, c.name]));
  const columns = processColumns(t);
  const cell = (p: BiaProcess, field: CsvField): CsvCell => {
    if (field.startsWith('impact.')) {
      const [, c, b] = field.split('.');
      return t(`bia.level.${p.impact[IMPACT_CATEGORIES[Number(c)]!][Number(b)]!}`);
    }
    if (field.startsWith('money.')) return p.money[Number(field.split('.')[1])];
    switch (field) {
      case 'owner':
        return p.ownerContactId ? (contactName.get(p.ownerContactId) ?? '') : '';
      case 'deputy':
        return p.deputyContactId ? (contactName.get(p.deputyContactId) ?? '') : '';
      case 'mtpd':
        return p.mtpdHours;
      case 'mtpdInForce':
        return effectiveMtpd(p);
      case 'rto':
        return p.rtoHours;
      case 'rpo':
        return p.rpoHours;
      case 'peakMonths':
        return p.peakMonths.join(LIST_SEPARATOR);
      case 'peakMonthEnd':
        return p.peakMonthEnd ? t('bia.csvYes') : t('bia.csvNo');
      case 'peakDates':
        return p.peakDates.join(LIST_SEPARATOR);
      default:
        return p[field as 'name'];
    }
  };
  return toCsv(
    columns.map((c) => c.header),
    processes.map((p) => columns.map((c) => cell(p, c.field))),
  );
}
