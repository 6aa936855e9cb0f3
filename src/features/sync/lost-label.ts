// What the lost-edit notice calls the field whose value lost a same-field conflict, in the words
// the person saw: the record, then the field ("Payroll — Recovery time objective (RTO), hours";
// "Plan details — Organisation"). The one mapping per table and field: a field whose form label
// exists in a catalogue uses that label key; every other field uses the version comparison's words
// (domain/version-compare.ts, the same words as the change log); a field with neither is spelled out
// from its stored name ("someField" → "Some field"), never shown as the bare key.
import type { MessageKey } from '../../i18n';
import type { Language } from '../../i18n/define';
import type { TableName } from '../../domain/tables';
import { fieldName, recordNoun, sectionTitle } from '../../domain/version-compare';

/** Form labels already in the catalogues, by table and field (namespaces the step pages load). */
export const catalogueLabels: { [T in TableName]?: Record<string, MessageKey> } = {
  workbooks: {
    title: 'workbooks.title',
    organisation: 'workbooks.organisation',
    owner: 'workbooks.owner',
    scope: 'workbooks.scope',
    rallyPoint: 'workbooks.rallyPoint',
    rallyPointAlternate: 'workbooks.rallyPointAlternate',
    status: 'workbooks.status',
    lastReviewDate: 'workbooks.lastReviewDate',
    reviewCycleMonths: 'workbooks.reviewCycleMonths',
  },
  scenarios: {
    title: 'scenarios.field.title',
    description: 'scenarios.field.description',
    areas: 'scenarios.field.areas',
    trigger: 'scenarios.field.trigger',
    likelihood: 'scenarios.field.likelihood',
    impact: 'scenarios.field.impact',
    staffAffectedPercent: 'scenarios.field.staffAffectedPercent',
    affectedDependencyIds: 'scenarios.field.affected',
    rtoHours: 'scenarios.field.rtoHours',
    rpoHours: 'scenarios.field.rpoHours',
    controls: 'scenarios.field.controls',
    alternateWorking: 'scenarios.field.alternateWorking',
    communicationSteps: 'scenarios.field.communicationSteps',
    status: 'scenarios.field.status',
    lastReviewedDate: 'scenarios.field.lastReviewedDate',
    owner: 'scenarios.field.owner',
  },
  biaProcesses: {
    rtoHours: 'bia.rto',
    rpoHours: 'bia.rpo',
    mtpdHours: 'bia.mtpd',
    mtpdThreshold: 'bia.mtpdThreshold',
    minimumServiceLevel: 'bia.minimumServiceLevel',
    currency: 'bia.currency',
    money: 'bia.money',
  },
};

/** The catalogue namespaces the labels above come from (loaded before a notice is named). */
export const labelNamespaces = ['scenarios', 'bia'] as const;

export type LostWhere = { table: TableName; field: string; /** The record's name, if known. */ name: string };

/** "Record — Field" in the language shown; `t` translates a catalogue key. */
export function lostLabel(where: LostWhere, lang: Language, t: (key: MessageKey) => string): string {
  const key = catalogueLabels[where.table]?.[where.field];
  const translated = key ? t(key) : '';
  // A key not loaded (or missing) comes back as itself: use the words instead.
  const field = translated && translated !== key ? translated : fieldName(where.field, lang);
  const record =
    where.table === 'workbooks'
      ? sectionTitle('workbooks', lang)
      : where.name || recordNoun(where.table, lang);
  return `${record} — ${field}`;
}
