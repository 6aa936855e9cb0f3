// The processes as a CSV file in the current language: identity, tier, objectives (MTPD as set and
// as in force), then the impact grid (one column per category and outage length) and money per length.
import { effectiveMtpd, IMPACT_CATEGORIES, OUTAGE_BUCKETS, type BiaProcess } from '../../domain/bia';
import type { Contact } from '../../domain/communications';
import type { T } from '../../i18n/use-i18n';
import { toCsv } from '../../lib/csv';

export function processesCsv(t: T, processes: readonly BiaProcess[], contacts: readonly Contact[]): string {
  const contactName = new Map(contacts.map((c) => [c.id, c.name]));
  const bucket = (key: string) => t.loose(`bia.bucket.${key}`);
  const header = [
    t('bia.name'),
    t('bia.description'),
    t('bia.department'),
    t('bia.tier'),
    t('bia.owner'),
    t('bia.deputy'),
    t('bia.mtpd'),
    t('bia.csvMtpdInForce'),
    t('bia.rto'),
    t('bia.rpo'),
    t('bia.minimumServiceLevel'),
    t('bia.minimumStaff'),
    t('bia.peakNotes'),
    t('bia.currency'),
    ...IMPACT_CATEGORIES.flatMap((c) =>
      OUTAGE_BUCKETS.map((b) =>
        t('bia.cellLabel', { category: t(`bia.category.${c}`), bucket: bucket(b.key) }),
      ),
    ),
    ...OUTAGE_BUCKETS.map((b) => t('bia.moneyLabel', { bucket: bucket(b.key) })),
  ];
  const rows = processes.map((p) => [
    p.name,
    p.description,
    p.department,
    p.tier,
    p.ownerContactId ? (contactName.get(p.ownerContactId) ?? '') : '',
    p.deputyContactId ? (contactName.get(p.deputyContactId) ?? '') : '',
    p.mtpdHours,
    effectiveMtpd(p),
    p.rtoHours,
    p.rpoHours,
    p.minimumServiceLevel,
    p.minimumStaff,
    p.peakNotes,
    p.currency,
    ...IMPACT_CATEGORIES.flatMap((c) => p.impact[c].map((level) => t(`bia.level.${level}`))),
    ...p.money,
  ]);
  return toCsv(header, rows);
}
