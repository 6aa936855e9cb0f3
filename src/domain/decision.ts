// A leadership decision the planner asks for on a mitigation action or an open checklist gap: a
// flag, a cost estimate and the date the decision is needed by. Printed first in the plan, so the
// people who sign it see what they are asked to decide. Optional fields with defaults (no index):
// records stored before they existed read as "no decision needed".
import { z } from 'zod';
import { isoDateSchema } from './common';

/** Largest cost a planner can type: well above any budget line, still exact as a double. */
export const MAX_DECISION_COST = 1_000_000_000_000;

export const decisionShape = {
  decisionNeeded: z.boolean().default(false),
  /** Money, in the workbook's currency where it has one, else a plain number. */
  decisionCost: z
    .number({ error: 'errors.number' })
    .min(0, { error: 'errors.nonNegative' })
    .max(MAX_DECISION_COST, { error: 'errors.tooLarge' })
    .nullable()
    .default(null),
  decisionNeededBy: isoDateSchema.nullable().default(null),
};

export type DecisionFields = {
  decisionNeeded: boolean;
  decisionCost: number | null;
  decisionNeededBy: string | null;
};

/** The three fields as a form of their own (the control beside an action or a checklist item). */
export const decisionFormSchema = z.object(decisionShape);
