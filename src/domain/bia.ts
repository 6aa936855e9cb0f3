// Business impact analysis records: the processes the plan protects, their impact over time and
// recovery objectives, the resources they need, each resource's alternatives, the dependencies
// between them, and what a scenario takes out. Schemas and the rules a form shows beside a field.
import { z } from 'zod';
import { childMetaShape, idSchema, isoDateSchema, longText, requiredShortText, shortText } from './common';
import { CURRENCIES, type Currency } from './workbook';

/** 1 "cannot pause" … 4 "deferrable"; the meaning is shown next to the number (biaTierMeaningKey). */
export const BIA_TIERS = [1, 2, 3, 4] as const;
export const biaTierSchema = z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4)]);

/** Impact levels, in order: the index is the level's weight (0 none … 4 severe). */
export const IMPACT_LEVELS = ['none', 'minor', 'moderate', 'major', 'severe'] as const;
export type ImpactLevel = (typeof IMPACT_LEVELS)[number];
export const IMPACT_CATEGORIES = [
  'operational',
  'financial',
  'customer',
  'legal',
  'reputational',
  'staff',
] as const;
export type ImpactCategory = (typeof IMPACT_CATEGORIES)[number];
/** Outage buckets and their length in hours (1 h, 4 h, 1 day, 3 days, 1 week, 2 weeks, 1 month). */
export const OUTAGE_BUCKETS = [
  { key: 'h1', hours: 1 },
  { key: 'h4', hours: 4 },
  { key: 'd1', hours: 24 },
  { key: 'd3', hours: 72 },
  { key: 'w1', hours: 168 },
  { key: 'w2', hours: 336 },
  { key: 'm1', hours: 720 },
] as const;
export const BIA_HORIZON_HOURS = 720;

const levelSchema = z.enum(IMPACT_LEVELS);
const bucketLevels = () => z.array(levelSchema).length(OUTAGE_BUCKETS.length);
const noneRow = () => OUTAGE_BUCKETS.map((): ImpactLevel => 'none');

/** One row of seven levels per category; a missing row reads as "none" everywhere. */
export const impactGridSchema = z.object(
  Object.fromEntries(IMPACT_CATEGORIES.map((c) => [c, bucketLevels().default(noneRow)])) as {
    [C in ImpactCategory]: z.ZodDefault<ReturnType<typeof bucketLevels>>;
  },
);
export type ImpactGrid = z.infer<typeof impactGridSchema>;
export const emptyImpactGrid = (): ImpactGrid => impactGridSchema.parse({});

const hoursSchema = z
  .number({ error: 'errors.number' })
  .finite()
  .min(0, { error: 'bia.errors.hoursRange' })
  .max(100_000, { error: 'bia.errors.hoursRange' });

export const biaProcessSchema = z.object({
  ...childMetaShape,
  name: requiredShortText(),
  description: longText(),
  ownerContactId: idSchema.nullable().default(null),
  deputyContactId: idSchema.nullable().default(null),
  department: shortText(),
  tier: biaTierSchema.default(3),
  /** Peak periods: months 1–12, month-end, specific dates, and free words ("tax season"). */
  peakMonths: z.array(z.number().int().min(1).max(12)).max(12).default([]),
  peakMonthEnd: z.boolean().default(false),
  peakDates: z.array(isoDateSchema).max(366).default([]),
  peakNotes: shortText(),
  minimumStaff: z.number().int().min(0).max(1_000_000).nullable().default(null),
  /** Location resources (sites) the process runs at. */
  siteResourceIds: z.array(idSchema).max(500).default([]),
  impact: impactGridSchema.default(emptyImpactGrid),
  /** Optional money estimate per outage bucket, in `currency`. */
  money: z
    .array(z.number().finite().min(0).nullable())
    .length(OUTAGE_BUCKETS.length)
    .default(() => OUTAGE_BUCKETS.map(() => null)),
  currency: z.enum(CURRENCIES).default('KRW'),
  /** MTPD set by the planner; when null, suggested from `mtpdThreshold` (suggestMtpdHours). */
  mtpdHours: hoursSchema.nullable().default(null),
  mtpdThreshold: levelSchema.default('major'),
  rtoHours: hoursSchema.nullable().default(null),
  rpoHours: hoursSchema.nullable().default(null),
  minimumServiceLevel: shortText(),
});
export type BiaProcess = z.infer<typeof biaProcessSchema>;

export const RESOURCE_KINDS = ['people', 'location', 'systems', 'supplier', 'process', 'other'] as const;

export const biaResourceSchema = z.object({
  ...childMetaShape,
  name: requiredShortText(),
  kind: z.enum(RESOURCE_KINDS).default('systems'),
  /** The risk area it belongs to, or null when outside the three (a supplier, say). */
  area: z.enum(['people', 'location', 'systems']).nullable().default(null),
  /** The risk-area dependency this resource stands for, when there is one. */
  riskDependencyId: idSchema.nullable().default(null),
  /** For kind "process": the process this resource is. */
  processId: idSchema.nullable().default(null),
  /** Own recovery time in hours: achievable, or what a supplier's contract promises. */
  recoveryHours: hoursSchema.nullable().default(null),
  recoveryBasis: z.enum(['achievable', 'contractual']).default('achievable'),
  /** People: how many can do the work (a scenario's staff share is taken from it). */
  headcount: z.number().int().min(0).max(1_000_000).nullable().default(null),
  notes: longText(),
});
export type BiaResource = z.infer<typeof biaResourceSchema>;

/** A deputy, a second site, a manual workaround: what stands in while a resource is out. */
export const biaAlternativeSchema = z.object({
  ...childMetaShape,
  resourceId: idSchema,
  name: requiredShortText(),
  setupHours: hoursSchema.default(0),
  notes: longText(),
});
export type BiaAlternative = z.infer<typeof biaAlternativeSchema>;

/**
 * "needs": a process or a resource (exactly one of the two) needs a resource. Process → process
 * chains go through a resource of kind "process"; system → system chains through resource → resource.
 */
export const biaDependencySchema = z.object({
  ...childMetaShape,
  processId: idSchema.nullable().default(null),
  dependentResourceId: idSchema.nullable().default(null),
  resourceId: idSchema,
});
export type BiaDependency = z.infer<typeof biaDependencySchema>;

/** A scenario takes out a resource for some hours; for people, optionally only a share of them. */
export const biaScenarioImpactSchema = z.object({
  ...childMetaShape,
  scenarioId: idSchema,
  resourceId: idSchema,
  outageHours: hoursSchema.default(24),
  staffSharePercent: z.number().finite().min(0).max(100).nullable().default(null),
});

/** What the engine needs of a scenario's impact. */
export type BiaScenarioImpactInput = Pick<
  z.infer<typeof biaScenarioImpactSchema>,
  'resourceId' | 'outageHours' | 'staffSharePercent'
>;

/** The outage hours at which impact first reaches `threshold` in any category, or null. */
export function suggestMtpdHours(grid: ImpactGrid, threshold: ImpactLevel): number | null {
  const min = IMPACT_LEVELS.indexOf(threshold);
  for (let b = 0; b < OUTAGE_BUCKETS.length; b++) {
    if (IMPACT_CATEGORIES.some((c) => IMPACT_LEVELS.indexOf(grid[c][b]!) >= min)) {
      return OUTAGE_BUCKETS[b]!.hours;
    }
  }
  return null;
}

/** The MTPD in force: the planner's, else the suggestion. */
export const effectiveMtpd = (p: Pick<BiaProcess, 'mtpdHours' | 'mtpdThreshold' | 'impact'>) =>
  p.mtpdHours ?? suggestMtpdHours(p.impact, p.mtpdThreshold);

export type ObjectiveProblems = { rto?: 'bia.errors.rtoAboveMtpd'; rpo?: 'bia.warnings.rpoAboveRto' };

/** RTO above MTPD is an error (beside RTO); RPO above RTO a warning (beside RPO). */
export function objectiveProblems(
  p: Pick<BiaProcess, 'mtpdHours' | 'mtpdThreshold' | 'impact' | 'rtoHours' | 'rpoHours'>,
): ObjectiveProblems {
  const out: ObjectiveProblems = {};
  const mtpd = effectiveMtpd(p);
  if (p.rtoHours !== null && mtpd !== null && p.rtoHours > mtpd) out.rto = 'bia.errors.rtoAboveMtpd';
  if (p.rpoHours !== null && p.rtoHours !== null && p.rpoHours > p.rtoHours) {
    out.rpo = 'bia.warnings.rpoAboveRto';
  }
  return out;
}

/** A money estimate in the process's currency, formatted for the reader's language (₩1,200,000). */
export function formatMoney(locale: string, currency: Currency, amount: number): string {
  return new Intl.NumberFormat(locale, { style: 'currency', currency }).format(amount);
}
