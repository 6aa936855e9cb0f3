// Contacts as a CSV file, in the current language.
import type { Contact } from '../../domain/communications';
import { toCsv } from '../../lib/csv';
import type { T } from '../../i18n/use-i18n';

export function contactsCsv(t: T, contacts: readonly Contact[]): string {
  const byId = new Map(contacts.map((c) => [c.id, c.name]));
  const header = [
    t('communications.contacts.kind'),
    t('communications.contacts.name'),
    t('communications.contacts.role'),
    t('communications.contacts.team'),
    t('communications.contacts.priority'),
    t('communications.contacts.officePhone'),
    t('communications.contacts.mobilePhone'),
    t('communications.contacts.email'),
    t('communications.contacts.escalationOrder'),
    t('communications.contacts.calledBy'),
    t('communications.contacts.lastVerified'),
    t('communications.contacts.contractRef'),
    t('communications.contacts.supportHours'),
  ];
  const rows = contacts.map((c) => [
    t(`communications.contacts.kind.${c.kind}`),
    c.name,
    c.role,
    c.team,
    t(`communications.contacts.priority.${c.priority}`),
    c.officePhone,
    c.mobilePhone,
    c.email,
    c.escalationOrder,
    c.calledById ? (byId.get(c.calledById) ?? '') : '',
    c.lastVerifiedDate ?? '',
    c.contractRef,
    c.supportHours,
  ]);
  return toCsv(header, rows);
}
