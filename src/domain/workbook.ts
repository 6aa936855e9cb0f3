// The workbook: the plan's cover facts and review cycle.
import { z } from 'zod';
import { isoDateSchema, longText, recordMetaShape, requiredShortText, shortText } from './common';

export const workbookStatuses = ['draft', 'in_review', 'approved'] as const;
export const workbookStatusSchema = z.enum(workbookStatuses);

/** Currencies of the BIA's money estimates; the workbook's is the default of its processes. */
export const CURRENCIES = ['KRW', 'USD', 'EUR', 'JPY', 'GBP'] as const;
export type Currency = (typeof CURRENCIES)[number];

export const workbookSchema = z.object({
  ...recordMetaShape,
  title: requiredShortText(),
  organisation: shortText(),
  owner: shortText(),
  scope: longText(),
  /** Where staff gather when a site must be left, and where if that place cannot be used. */
  rallyPoint: shortText(),
  rallyPointAlternate: shortText(),
  status: workbookStatusSchema.default('draft'),
  lastReviewDate: isoDateSchema.nullable().default(null),
  reviewCycleMonths: z
    .number({ error: 'errors.number' })
    .int({ error: 'errors.integer' })
    .min(1, { error: 'errors.reviewCycle' })
    .max(60, { error: 'errors.reviewCycle' })
    .default(12),
  /** How often, in minutes, our own people check provider status during an incident. */
  providerCheckCadenceMinutes: z.number().int().min(5).max(1440).default(60),
  /** The currency of the BIA's money estimates (new processes take it). */
  currency: z.enum(CURRENCIES).default('KRW'),
});
export type Workbook = z.infer<typeof workbookSchema>;

/** The fields a planner edits directly on the workbook form. */
export const workbookFormSchema = workbookSchema.pick({
  title: true,
  organisation: true,
  owner: true,
  scope: true,
  rallyPoint: true,
  rallyPointAlternate: true,
  status: true,
  lastReviewDate: true,
  reviewCycleMonths: true,
});
export type WorkbookForm = z.infer<typeof workbookFormSchema>;

/** Next review = last review + cycle; months added on the calendar, clamped to the month's end. */
export function nextReviewDate(
  workbook: Pick<Workbook, 'lastReviewDate' | 'reviewCycleMonths'>,
): string | null {
  if (!workbook.lastReviewDate) return null;
  return addMonths(workbook.lastReviewDate, workbook.reviewCycleMonths);
}

export function addMonths(isoDate: string, months: number): string {
  const [y, m, d] = isoDate.split('-').map(Number) as [number, number, number];
  const targetMonthIndex = m - 1 + months;
  const year = y + Math.floor(targetMonthIndex / 12);
  const month = ((targetMonthIndex % 12) + 12) % 12;
  const lastDay = new Date(Date.UTC(year, month + 1, 0)).getUTCDate();
  const day = Math.min(d, lastDay);
  return `${String(year).padStart(4, '0')}-${String(month + 1).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

export function isReviewOverdue(
  workbook: Pick<Workbook, 'lastReviewDate' | 'reviewCycleMonths'>,
  today: string,
) {
  const next = nextReviewDate(workbook);
  return next !== null && next < today;
}
