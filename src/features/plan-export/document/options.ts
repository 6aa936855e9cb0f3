// What the planner chooses on the export screen: the kind of document, its sections and language.
import type { Language } from '../../../i18n/define';

export const planSections = [
  'summary',
  'diagrams',
  'bia',
  'riskAreas',
  'scenarios',
  'responsibilities',
  'communications',
  'incidents',
  'exercises',
  'approval',
  'activation',
  'documentControl',
] as const;
export type PlanSection = (typeof planSections)[number];

/** The leadership summary: a few pages a leader reads and signs. */
export const summarySections: readonly PlanSection[] = ['summary', 'diagrams', 'approval'];

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
