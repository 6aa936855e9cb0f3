// Incident form schemas, taken field by field from the domain (its object carries a refinement,
// so it cannot be picked); "end not before start" is checked again here for the two time fields.
import { z } from 'zod';
import { incidentSchema, lessonSchema } from '../../domain/incident';

const s = incidentSchema.shape;

/** Everything on the review except the two times: each field autosaves on its own. */
export const incidentTextFormSchema = z.object({
  source: s.source,
  title: s.title,
  service: s.service,
  userImpact: s.userImpact,
  scopeOfImpact: s.scopeOfImpact,
  rootCause: s.rootCause,
  actionsTaken: s.actionsTaken,
  nextSteps: s.nextSteps,
  planPerformance: s.planPerformance,
});

const endNotBeforeStart = <T extends { startAt: string; endAt: string | null }>(v: T) =>
  v.endAt === null || v.endAt >= v.startAt;

/** Start and end are saved together, and only when the end is not before the start. */
export const incidentTimesSchema = z
  .object({ startAt: s.startAt, endAt: s.endAt })
  .refine(endNotBeforeStart, { error: 'errors.endBeforeStart', path: ['endAt'] });

export const newIncidentSchema = z
  .object({ source: s.source, title: s.title, service: s.service, startAt: s.startAt, endAt: s.endAt })
  .refine(endNotBeforeStart, { error: 'errors.endBeforeStart', path: ['endAt'] });

export const newLessonSchema = lessonSchema.pick({ text: true });
