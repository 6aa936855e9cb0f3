// Exercises of the plan: the log (type, date, scope, participants), its objectives and whether
// each was met, the recovery time achieved per process against its RTO, findings (each can become
// an action), and the tabletop runner's working state. Schemas only; rules live beside them in
// exercise-summary.ts and tabletop-script.ts.
import { z } from 'zod';
import {
  childMetaShape,
  idSchema,
  isoDateSchema,
  isoDateTimeSchema,
  longText,
  requiredShortText,
  shortText,
} from './common';

export const EXERCISE_TYPES = ['walkthrough', 'tabletop', 'simulation', 'full'] as const;
/** Planned: on the schedule; held: it took place and its results can be recorded. */
export const EXERCISE_STATUSES = ['planned', 'held'] as const;

const hoursSchema = z
  .number({ error: 'errors.number' })
  .finite({ error: 'errors.number' })
  .min(0, { error: 'errors.nonNegative' })
  .max(100_000, { error: 'errors.tooLarge' });

export const exerciseSchema = z.object({
  ...childMetaShape,
  title: requiredShortText(),
  type: z.enum(EXERCISE_TYPES).default('tabletop'),
  date: isoDateSchema,
  status: z.enum(EXERCISE_STATUSES).default('planned'),
  /** Scope: the scenarios played, and the BIA processes and response roles taking part. */
  scenarioIds: z.array(idSchema).max(1000).default([]),
  processIds: z.array(idSchema).max(1000).default([]),
  roleIds: z.array(idSchema).max(1000).default([]),
  participants: longText(),
  notes: longText(),
});
export type Exercise = z.infer<typeof exerciseSchema>;

/** One objective of an exercise; `met` stays null until the result is recorded. */
export const exerciseObjectiveSchema = z.object({
  ...childMetaShape,
  exerciseId: idSchema,
  text: requiredShortText(),
  met: z.boolean().nullable().default(null),
});
export type ExerciseObjective = z.infer<typeof exerciseObjectiveSchema>;

/** How long a process took to recover in the exercise; the target is the process's RTO. */
export const exerciseRecoverySchema = z.object({
  ...childMetaShape,
  exerciseId: idSchema,
  processId: idSchema,
  achievedHours: hoursSchema.nullable().default(null),
});
export type ExerciseRecovery = z.infer<typeof exerciseRecoverySchema>;

/** Something the exercise showed; it may become a mitigation action (linked both ways). */
export const exerciseFindingSchema = z.object({
  ...childMetaShape,
  exerciseId: idSchema,
  text: requiredShortText(),
  owner: shortText(),
  /** The mitigation action this finding became, if any. */
  actionId: idSchema.nullable().default(null),
});
export type ExerciseFinding = z.infer<typeof exerciseFindingSchema>;

/** One timed message of a tabletop script, as the facilitator edited it. */
export const injectSchema = z.object({
  key: z.string().min(1).max(100),
  atMinutes: z
    .number({ error: 'errors.number' })
    .int({ error: 'errors.integer' })
    .min(0, { error: 'errors.nonNegative' })
    .max(100_000, { error: 'errors.tooLarge' }),
  title: requiredShortText(),
  prompt: shortText(),
});
export type Inject = z.infer<typeof injectSchema>;

/** One line of the decision log: when (seconds on the exercise clock), what, who, why, what next. */
export const decisionSchema = z.object({
  key: z.string().min(1).max(100),
  atSeconds: z.number().int().min(0).max(10_000_000),
  injectKey: z.string().max(100).nullable().default(null),
  decision: requiredShortText(),
  owner: shortText(),
  reasoning: longText(),
  followUp: shortText(),
});
export type Decision = z.infer<typeof decisionSchema>;

export const RUN_STATES = ['editing', 'running', 'finished'] as const;

/**
 * A tabletop in preparation or in progress. The script and the decision log are kept inside the
 * run (not as rows of their own): they are one facilitator's working document, written from one
 * screen, and become proper records (an exercise and its findings) when the run is finished.
 */
export const tabletopRunSchema = z.object({
  ...childMetaShape,
  scenarioId: idSchema,
  state: z.enum(RUN_STATES).default('editing'),
  injects: z.array(injectSchema).max(500).default([]),
  /** Index of the inject on screen. */
  current: z.number().int().min(0).max(500).default(0),
  /** When the exercise clock started (ISO), null before the start. */
  startedAt: isoDateTimeSchema.nullable().default(null),
  /** While the clock is paused: since when (ISO); null while it runs. */
  pausedAt: isoDateTimeSchema.nullable().default(null),
  /** Seconds the clock stood still in earlier pauses (not counted as exercise time). */
  pausedSeconds: z.number().int().min(0).max(10_000_000).default(0),
  decisions: z.array(decisionSchema).max(2000).default([]),
  /** The exercise record the finished run became. */
  exerciseId: idSchema.nullable().default(null),
});
export type TabletopRun = z.infer<typeof tabletopRunSchema>;
