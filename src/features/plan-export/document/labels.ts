// Display text of enum values and catalogue items, from the catalogues of the features that own
// them (risk areas, scenarios, responsibilities, communications, incidents). Every key the
// document looks up goes through here, so a unit test can check they all exist.
import type { PlanText } from './plan-text';
import { humanise } from './plan-text';

export const labelKeys = {
  area: (a: string) => `riskAreas.area.${a}`,
  question: (q: string) => `riskAreas.questions.${q}`,
  rating: (r: string) => `riskAreas.rating.${r}`,
  trigger: (v: string) => `scenarios.trigger.${v}`,
  scenarioStatus: (v: string) => `scenarios.status.${v}`,
  band: (v: string) => `scenarios.band.${v}`,
  policy: (v: string) => `scenarios.policy.${v}`,
  actionStatus: (v: string) => `scenarios.actionStatus.${v}`,
  workbookStatus: (v: string) => `workbooks.status.${v}`,
  respArea: (v: string) => `responsibilities.area.${v}`,
  owner: (v: string) => `responsibilities.owner.${v}`,
  reviewStatus: (v: string) => `responsibilities.status.${v}`,
  respItem: (key: string) => `responsibilities.item.${key}.title`,
  providerChannel: (v: string) => `communications.channel.${v}.name`,
  internalKind: (v: string) => `communications.internal.kind.${v}`,
  worksWhenDown: (v: string) => `communications.internal.works.${v}`,
  incidentSource: (v: string) => `incidents.source.${v}`,
  reviewSection: (v: string) => `incidents.review.${v}`,
} as const;

export type LabelKind = keyof typeof labelKeys;

/** Every key the document may ask a label for, for the completeness test. */
export const usedLabelKeys = new Set<string>();

export function label(text: PlanText, kind: LabelKind, value: string): string {
  const key = labelKeys[kind](value);
  usedLabelKeys.add(key);
  return text.label(key, humanise(value));
}
