// Incidents (the provider's or our own), their six-section post-incident review, and lessons.
import { z } from 'zod';
import {
  childMetaShape,
  idSchema,
  localDateTimeSchema,
  longText,
  requiredShortText,
  shortText,
} from './common';
import { providerRecordSchema } from './provider-health-record';

export const incidentSources = ['provider', 'internal'] as const;

/** The six sections of a post-incident review, in the provider's order. */
export const reviewSections = [
  'userImpact',
  'scopeOfImpact',
  'startEnd',
  'rootCause',
  'actionsTaken',
  'nextSteps',
] as const;

export const incidentSchema = z
  .object({
    ...childMetaShape,
    source: z.enum(incidentSources).default('provider'),
    title: requiredShortText(),
    service: shortText(),
    startAt: localDateTimeSchema,
    endAt: localDateTimeSchema.nullable().default(null),
    userImpact: longText(),
    scopeOfImpact: longText(),
    rootCause: longText(),
    actionsTaken: longText(),
    nextSteps: longText(),
    planPerformance: longText(),
    /** The provider's own record when the incident was imported from its service health data. */
    provider: providerRecordSchema.nullable().default(null),
  })
  .refine((i) => i.endAt === null || i.endAt >= i.startAt, {
    error: 'errors.endBeforeStart',
    path: ['endAt'],
  });
export type Incident = z.infer<typeof incidentSchema>;

export const lessonSchema = z.object({
  ...childMetaShape,
  incidentId: idSchema,
  text: requiredShortText(),
  /** The mitigation action this lesson became, if any. */
  actionId: idSchema.nullable().default(null),
});
export type Lesson = z.infer<typeof lessonSchema>;
