// Exercise form schemas, picked from the domain so each field's rule is written once.
import { z } from 'zod';
import { parseClock } from '../../domain/decision-log';
import {
  decisionSchema,
  exerciseFindingSchema,
  exerciseObjectiveSchema,
  exerciseSchema,
  injectSchema,
  tabletopRunSchema,
} from '../../domain/exercise';

export const newExerciseSchema = exerciseSchema.pick({ title: true, type: true, date: true, status: true });
export const exerciseFormSchema = exerciseSchema.pick({
  title: true,
  type: true,
  date: true,
  status: true,
  participants: true,
  notes: true,
});
export const objectiveFormSchema = exerciseObjectiveSchema.pick({ text: true });
export const findingFormSchema = exerciseFindingSchema.pick({ text: true, owner: true });
export const injectFormSchema = injectSchema.pick({ atMinutes: true, title: true, prompt: true });
export const decisionFormSchema = decisionSchema.pick({
  decision: true,
  owner: true,
  reasoning: true,
  followUp: true,
});
/** The runner's decision log as the autosave hook writes it: the whole list, inside the run. */
export const decisionsFormSchema = tabletopRunSchema.pick({ decisions: true });
/** One logged decision edited in place: its clock time as typed (H:MM:SS) and its four texts. */
export const decisionEditSchema = decisionFormSchema.extend({
  time: z.string().refine((text) => parseClock(text) !== null, { error: 'exercises.runner.timeInvalid' }),
});
