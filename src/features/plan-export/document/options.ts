// What the planner chooses on the export screen: the kind of document, its sections and language,
// and the one document order (ISO 22301 clause 8.4 and Ready.gov's plan template).
import type { Language } from '../../../i18n/define';

/**
 * The whole plan in reading order: the decision page first, then what a plan has (purpose and
 * scope, activation, roles, BIA results, recovery strategies by scenario, communications,
 * exercises), the approval, then the appendices (contacts, scenario cards, checklist).
 *
 * Sections other branches build are already placed here by id: "documentControl", "activation",
 * "bia", "exercises". AT MERGE: add such an id to `builtSections` below (and its component to
 * `sectionComponents` in plan-document.tsx); it then prints at this place with no other change.
 * An id missing from this list prints after every listed section.
 */
const documentOrder: readonly string[] = [
  'decisions',
  'summary',
  'documentControl',
  'purpose',
  'activation',
  'bia',
  'riskAreas',
  'diagrams',
  'scenarios',
  'communications',
  'exercises',
  'incidents',
  'approval',
  // Appendices A, B, C (their titles carry the letter).
  'contacts',
  'scenarioCards',
  'responsibilities',
];

/** The sections this build can print (any order: `planSections` sorts them). */
const builtSections = [
  'decisions',
  'summary',
  'purpose',
  'diagrams',
  'bia',
  'riskAreas',
  'scenarios',
  'communications',
  'incidents',
  'exercises',
  'approval',
  'activation',
  'documentControl',
  'contacts',
  'scenarioCards',
  'responsibilities',
] as const;
export type PlanSection = (typeof builtSections)[number];

const place = (id: string) => {
  const i = documentOrder.indexOf(id);
  return i === -1 ? documentOrder.length : i;
};
const inDocumentOrder = <T extends string>(ids: readonly T[]): T[] =>
  [...ids].sort((a, b) => place(a) - place(b));

/** Every section, in document order (the export screen lists them so). */
export const planSections: readonly PlanSection[] = inDocumentOrder(builtSections);

/** The leadership summary: the decision page, the summary, purpose and scope, the diagrams, the approval. */
export const summarySections: readonly PlanSection[] = [
  'decisions',
  'summary',
  'purpose',
  'diagrams',
  'approval',
];

export type PlanOptions = {
  lang: Language;
  /** Leadership summary (true) or full plan (false). */
  summary: boolean;
  sections: readonly PlanSection[];
  /** The plan's date (YYYY-MM-DD); drives overdue figures. Defaults to today. */
  today?: string;
};

/** The sections actually printed, in document order. */
export function chosenSections(options: Pick<PlanOptions, 'summary' | 'sections'>): PlanSection[] {
  const wanted = new Set(options.sections);
  return planSections.filter((s) => wanted.has(s));
}
