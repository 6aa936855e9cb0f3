// Being ready to act: the conditions that invoke the plan, the response roles (who declares, who
// does what, how each is reached without the provider's service, whom to escalate to) and the
// recovery procedures with their ordered steps. Schemas only; the rules are in response-rules.ts.
import { z } from 'zod';
import { childMetaShape, idSchema, longText, requiredShortText, shortText } from './common';

/** What a threshold counts. */
export const THRESHOLD_UNITS = ['hours', 'minutes', 'percentUsers', 'percentStaff', 'sites', 'none'] as const;

/** Editable starting points for criteria: the planner copies one and adjusts the number. */
export const CRITERION_TEMPLATES = [
  { key: 'tier1Down', threshold: 4, unit: 'hours' },
  { key: 'providerIncident', threshold: 25, unit: 'percentUsers' },
  { key: 'siteUnreachable', threshold: 1, unit: 'sites' },
  { key: 'staffUnavailable', threshold: 30, unit: 'percentStaff' },
] as const;

const thresholdSchema = z
  .number({ error: 'errors.number' })
  .finite({ error: 'errors.number' })
  .min(0, { error: 'errors.nonNegative' })
  .max(1_000_000, { error: 'errors.tooLarge' });

export const activationCriterionSchema = z.object({
  ...childMetaShape,
  condition: requiredShortText(),
  threshold: thresholdSchema.nullable().default(null),
  unit: z.enum(THRESHOLD_UNITS).default('none'),
  notes: longText(),
});

export const ROLE_KINDS = [
  'incident_lead',
  'communications',
  'it_recovery',
  'facilities',
  'people_welfare',
  'supplier_liaison',
  'custom',
] as const;
export type RoleKind = (typeof ROLE_KINDS)[number];

/** One way to reach a role's holder; `dependsOnProvider` when it runs on the provider's mail or chat. */
export const reachMethodSchema = z.object({
  label: requiredShortText(),
  dependsOnProvider: z.boolean().default(false),
});
export type ReachMethod = z.infer<typeof reachMethodSchema>;

const minutesSchema = z
  .number({ error: 'errors.number' })
  .int({ error: 'errors.integer' })
  .min(0, { error: 'errors.nonNegative' })
  .max(100_000, { error: 'errors.tooLarge' });

export const responseRoleSchema = z.object({
  ...childMetaShape,
  kind: z.enum(ROLE_KINDS).default('custom'),
  /** The planner's own name for the role; for the built-in kinds the label is shown when empty. */
  name: shortText(),
  responsibilities: longText(),
  primaryContactId: idSchema.nullable().default(null),
  alternateContactIds: z.array(idSchema).max(20).default([]),
  /** May this role declare an incident and invoke the plan? */
  mayDeclare: z.boolean().default(false),
  reachMethods: z.array(reachMethodSchema).max(20).default([]),
  /** Escalation: after this many minutes without an answer, go to `escalatesToRoleId`. */
  escalateAfterMinutes: minutesSchema.nullable().default(null),
  escalatesToRoleId: idSchema.nullable().default(null),
});
export type ResponseRole = z.infer<typeof responseRoleSchema>;

export const procedureScopes = ['process', 'scenario'] as const;

export const responseProcedureSchema = z.object({
  ...childMetaShape,
  title: requiredShortText(),
  scope: z.enum(procedureScopes).default('process'),
  processId: idSchema.nullable().default(null),
  scenarioId: idSchema.nullable().default(null),
  ownerContactId: idSchema.nullable().default(null),
  notes: longText(),
});

export const STEP_KINDS = ['first_hour', 'recovery', 'stand_down', 'return_to_normal'] as const;

export const procedureStepSchema = z.object({
  ...childMetaShape,
  procedureId: idSchema,
  /** Minutes after the declaration; null when not tied to a time. */
  offsetMinutes: minutesSchema.nullable().default(null),
  /** Who does it; a step saved without a role is flagged beside the field (stepProblems). */
  roleId: idSchema.nullable().default(null),
  action: requiredShortText(),
  where: shortText(),
  how: longText(),
  kind: z.enum(STEP_KINDS).default('recovery'),
});
export type ProcedureStep = z.infer<typeof procedureStepSchema>;

/** A template step: copied into a procedure with new ids; `roleKind` finds the role to assign. */
export type StepTemplate = Pick<ProcedureStep, 'offsetMinutes' | 'kind'> & {
  roleKind: RoleKind;
  actionKey: string;
};

/** A first-hour to return-to-normal outline every procedure can start from. */
export const PROCEDURE_TEMPLATE: readonly StepTemplate[] = [
  { offsetMinutes: 0, kind: 'first_hour', roleKind: 'incident_lead', actionKey: 'declare' },
  { offsetMinutes: 15, kind: 'first_hour', roleKind: 'communications', actionKey: 'informStaff' },
  { offsetMinutes: 30, kind: 'first_hour', roleKind: 'it_recovery', actionKey: 'assess' },
  { offsetMinutes: 60, kind: 'recovery', roleKind: 'it_recovery', actionKey: 'workaround' },
  { offsetMinutes: 120, kind: 'recovery', roleKind: 'supplier_liaison', actionKey: 'provider' },
  { offsetMinutes: null, kind: 'stand_down', roleKind: 'incident_lead', actionKey: 'standDown' },
  { offsetMinutes: null, kind: 'return_to_normal', roleKind: 'it_recovery', actionKey: 'reconcile' },
];
