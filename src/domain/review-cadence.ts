// When the plan is next due for review: the cycle (last review + months) and the triggers that
// call for one sooner (an incident recorded, an exercise held, an organisation change), each
// handled by the next review recorded on or after its date. Pure, for the overview and the PDF.
import type { ReviewTriggerKind } from './plan-version';
import { nextReviewDate, type Workbook } from './workbook';

export type DueTrigger = { kind: ReviewTriggerKind; date: string; note: string };

export type ReviewStatus = {
  /** Last review + cycle; null before the first review is recorded. */
  nextReview: string | null;
  overdue: boolean;
  /** Due within 30 days (and not overdue). */
  dueSoon: boolean;
  /** Triggers since the last review, oldest first. */
  triggers: DueTrigger[];
};

const DUE_SOON_DAYS = 30;

const daysBetween = (from: string, to: string) =>
  Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);

export function reviewStatus(
  workbook: Pick<Workbook, 'lastReviewDate' | 'reviewCycleMonths'>,
  raised: readonly { kind: ReviewTriggerKind; date: string; note: string; deletedAt?: string | null }[],
  incidents: readonly { title: string; startAt: string; deletedAt?: string | null }[],
  today: string,
  /** The exercise log: an exercise held since the last review calls for one, as an incident does. */
  exercises: readonly { title: string; date: string; status: string; deletedAt?: string | null }[],
): ReviewStatus {
  const next = nextReviewDate(workbook);
  const last = workbook.lastReviewDate;
  // A trigger on the day of the last review is taken as handled by it.
  const pending = (date: string) => last === null || date > last;
  const triggers: DueTrigger[] = [
    ...raised
      .filter((t) => !t.deletedAt && pending(t.date))
      .map((t) => ({ kind: t.kind, date: t.date, note: t.note })),
    ...incidents
      .filter((i) => !i.deletedAt && pending(i.startAt.slice(0, 10)))
      .map((i) => ({ kind: 'incident' as const, date: i.startAt.slice(0, 10), note: i.title })),
    ...exercises
      .filter((e) => !e.deletedAt && e.status === 'held' && e.date <= today && pending(e.date))
      .map((e) => ({ kind: 'exercise' as const, date: e.date, note: e.title })),
  ].sort((a, b) => a.date.localeCompare(b.date));
  const overdue = next !== null && next < today;
  const dueSoon = next !== null && !overdue && daysBetween(today, next) <= DUE_SOON_DAYS;
  return { nextReview: next, overdue, dueSoon, triggers };
}
