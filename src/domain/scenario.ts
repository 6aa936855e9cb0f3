// Continuity scenarios, their policy checks and mitigation actions, and the scoring rules.
import { z } from 'zod';
import { childMetaShape, idSchema, isoDateSchema, longText, requiredShortText, shortText } from './common';
import { decisionShape } from './decision';
import { areaSchema } from './risk-areas';

export const triggers = [
  'natural_hazard',
  'pandemic_health',
  'utility_facility',
  'network',
  'identity',
  'cloud_provider',
  'cyber',
  'supplier',
  'other',
] as const;
export const triggerSchema = z.enum(triggers);
export type Trigger = z.infer<typeof triggerSchema>;

export const scenarioStatuses = ['draft', 'reviewed', 'exercised'] as const;
export const scenarioStatusSchema = z.enum(scenarioStatuses);
export type ScenarioStatus = z.infer<typeof scenarioStatusSchema>;

const rating = z
  .number({ error: 'errors.rating' })
  .int({ error: 'errors.rating' })
  .min(1, { error: 'errors.rating' })
  .max(5, { error: 'errors.rating' });
const hours = z
  .number({ error: 'errors.number' })
  .min(0, { error: 'errors.nonNegative' })
  .max(100_000, { error: 'errors.tooLarge' });

export const scenarioSchema = z.object({
  ...childMetaShape,
  title: requiredShortText(),
  description: longText(),
  areas: z
    .array(areaSchema)
    .min(1, { error: 'errors.areaRequired' })
    .max(3)
    .refine((list) => new Set(list).size === list.length, { error: 'errors.duplicateArea' }),
  trigger: triggerSchema.default('other'),
  likelihood: rating.default(3),
  impact: rating.default(3),
  staffAffectedPercent: z
    .number({ error: 'errors.number' })
    .min(0, { error: 'errors.percent' })
    .max(100, { error: 'errors.percent' })
    .nullable()
    .default(null),
  affectedDependencyIds: z.array(idSchema).max(1000).default([]),
  rtoHours: hours.nullable().default(null),
  rpoHours: hours.nullable().default(null),
  controls: longText(),
  alternateWorking: longText(),
  communicationSteps: longText(),
  status: scenarioStatusSchema.default('draft'),
  /** The contact who owns the scenario's readiness; null until one is chosen. */
  ownerContactId: idSchema.nullable().default(null),
  lastReviewedDate: isoDateSchema.nullable().default(null),
  templateKey: z.string().max(100).nullable().default(null),
});
export type Scenario = z.infer<typeof scenarioSchema>;

export const policyAnswers = ['yes', 'no', 'unknown'] as const;
export const policyCheckSchema = z.object({
  ...childMetaShape,
  scenarioId: idSchema,
  statement: requiredShortText(),
  answer: z.enum(policyAnswers).default('unknown'),
});
export type PolicyCheck = z.infer<typeof policyCheckSchema>;

export const actionStatuses = ['open', 'in_progress', 'done'] as const;
export const mitigationActionSchema = z.object({
  ...childMetaShape,
  scenarioId: idSchema,
  action: requiredShortText(),
  owner: shortText(),
  dueDate: isoDateSchema.nullable().default(null),
  status: z.enum(actionStatuses).default('open'),
  /** Set when the action came from a lesson of an incident review. */
  sourceIncidentId: idSchema.nullable().default(null),
  /** Set when the action came from a finding of an exercise. */
  sourceExerciseId: idSchema.nullable().default(null),
  ...decisionShape,
});
export type MitigationAction = z.infer<typeof mitigationActionSchema>;

export const severityBands = ['low', 'medium', 'high', 'critical'] as const;
export type SeverityBand = (typeof severityBands)[number];

export const riskScore = (s: Pick<Scenario, 'likelihood' | 'impact'>) => s.likelihood * s.impact;

/**
 * The one severity rule, used by the list, the editor, the diagrams and the PDF: bands on the
 * 1-25 score (likelihood × impact): 1-4 low, 5-9 medium, 10-16 high, 20-25 critical.
 */
export function severityOf(s: Pick<Scenario, 'likelihood' | 'impact'>): SeverityBand {
  const score = riskScore(s);
  if (score >= 20) return 'critical';
  if (score >= 10) return 'high';
  if (score >= 5) return 'medium';
  return 'low';
}

export const isActionOpen = (a: Pick<MitigationAction, 'status'>) => a.status !== 'done';
export const isActionOverdue = (a: Pick<MitigationAction, 'status' | 'dueDate'>, today: string) =>
  isActionOpen(a) && a.dueDate !== null && a.dueDate < today;

/** RPO longer than RTO is allowed but usually a mistake worth flagging. */
export const isRpoLongerThanRto = (s: Pick<Scenario, 'rtoHours' | 'rpoHours'>) =>
  s.rtoHours !== null && s.rpoHours !== null && s.rpoHours > s.rtoHours;
