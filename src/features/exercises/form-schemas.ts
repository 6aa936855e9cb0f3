// Exercise form schemas, picked from the domain so each field's rule is written once.
import {
  decisionSchema,
  exerciseFindingSchema,
  exerciseObjectiveSchema,
  exerciseSchema,
  injectSchema,
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
