// The scenario forms' rules, derived from the domain schemas so each rule is written once, and the
// warnings that flag (but never refuse) a questionable value.
import { z } from 'zod';
import {
  isActionOverdue,
  isRpoLongerThanRto,
  mitigationActionSchema,
  policyCheckSchema,
  scenarioSchema,
  type MitigationAction,
  type Scenario,
} from '../../domain/scenario';
import type { ScenarioTemplate } from '../../domain/scenario-templates';
import type { Translate } from './translate';

export const scenarioFormSchema = scenarioSchema.pick({
  title: true,
  description: true,
  areas: true,
  trigger: true,
  likelihood: true,
  impact: true,
  staffAffectedPercent: true,
  affectedDependencyIds: true,
  rtoHours: true,
  rpoHours: true,
  controls: true,
  alternateWorking: true,
  communicationSteps: true,
  status: true,
  lastReviewedDate: true,
  ownerContactId: true,
});
export type ScenarioFormInput = z.input<typeof scenarioFormSchema>;
export type ScenarioFormValues = z.output<typeof scenarioFormSchema>;

export const policyRowSchema = policyCheckSchema.pick({ statement: true, answer: true });
export const actionRowSchema = mitigationActionSchema.pick({
  action: true,
  owner: true,
  dueDate: true,
  status: true,
});

/** The create form also carries the new scenario's policy checks and actions, saved with it. */
export const scenarioCreateSchema = scenarioFormSchema.extend({
  templateKey: scenarioSchema.shape.templateKey,
  policyChecks: z.array(policyRowSchema).max(100),
  actions: z.array(actionRowSchema).max(100),
});
export type ScenarioCreateInput = z.input<typeof scenarioCreateSchema>;
export type ScenarioCreateValues = z.output<typeof scenarioCreateSchema>;

export const blankScenario = (): ScenarioCreateInput => ({
  title: '',
  description: '',
  areas: [],
  trigger: 'other',
  likelihood: 3,
  impact: 3,
  staffAffectedPercent: null,
  affectedDependencyIds: [],
  rtoHours: null,
  rpoHours: null,
  controls: '',
  alternateWorking: '',
  communicationSteps: '',
  status: 'draft',
  lastReviewedDate: null,
  ownerContactId: null,
  templateKey: null,
  policyChecks: [],
  actions: [],
});

/** A template's facts and its words in the current language, as create-form values. */
export function templateValues(tpl: ScenarioTemplate, t: Translate): ScenarioCreateInput {
  const text = (field: string) => t(`scenarios.template.${tpl.key}.${field}`);
  return {
    ...blankScenario(),
    title: text('title'),
    description: text('description'),
    areas: [...tpl.areas],
    trigger: tpl.trigger,
    likelihood: tpl.likelihood,
    impact: tpl.impact,
    staffAffectedPercent: tpl.staffAffectedPercent,
    rtoHours: tpl.rtoHours,
    rpoHours: tpl.rpoHours,
    controls: text('controls'),
    alternateWorking: text('alternateWorking'),
    communicationSteps: text('communicationSteps'),
    templateKey: tpl.key,
    policyChecks: Array.from({ length: tpl.policyChecks }, (_, i) => ({
      statement: text(`policy${i + 1}`),
      answer: 'unknown' as const,
    })),
    actions: Array.from({ length: tpl.actions }, (_, i) => ({
      action: text(`action${i + 1}`),
      owner: '',
      dueDate: null,
      status: 'open' as const,
    })),
  };
}

/** Message key of the warning beside the RPO field, if any. */
export const rpoWarningKey = (s: Partial<Pick<Scenario, 'rtoHours' | 'rpoHours'>>) =>
  isRpoLongerThanRto({ rtoHours: s.rtoHours ?? null, rpoHours: s.rpoHours ?? null })
    ? 'scenarios.rpoWarning'
    : null;

/** Message key of the warning beside an action's due date, if any. */
export const overdueWarningKey = (a: Partial<Pick<MitigationAction, 'status' | 'dueDate'>>, today: string) =>
  isActionOverdue({ status: a.status ?? 'open', dueDate: a.dueDate ?? null }, today)
    ? 'scenarios.overdueWarning'
    : null;
