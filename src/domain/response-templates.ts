// Starting points for the response step: the seven default response roles, and a few procedure
// templates (our own outlines of a general outage, a provider outage, a site that cannot be reached,
// and too few staff). Each step's text lives in the `response` catalogue (`response.step.<key>`),
// in English and Korean; the planner edits the copy, never the template.
import { PROCEDURE_TEMPLATE, type RoleKind, type StepTemplate } from './response';

/** The roles a response team starts from; `custom` is the planner's own role, named by them. */
export const DEFAULT_ROLE_KINDS: readonly RoleKind[] = [
  'incident_lead',
  'communications',
  'it_recovery',
  'facilities',
  'people_welfare',
  'supplier_liaison',
  'custom',
];

export const PROCEDURE_TEMPLATE_KEYS = [
  'general',
  'providerOutage',
  'siteUnreachable',
  'staffShortage',
] as const;
export type ProcedureTemplateKey = (typeof PROCEDURE_TEMPLATE_KEYS)[number];

const step = (
  offsetMinutes: number | null,
  kind: StepTemplate['kind'],
  roleKind: RoleKind,
  actionKey: string,
): StepTemplate => ({ offsetMinutes, kind, roleKind, actionKey });

export const PROCEDURE_TEMPLATES: Record<ProcedureTemplateKey, readonly StepTemplate[]> = {
  general: PROCEDURE_TEMPLATE,
  providerOutage: [
    step(0, 'first_hour', 'incident_lead', 'declare'),
    step(10, 'first_hour', 'it_recovery', 'statusElsewhere'),
    step(15, 'first_hour', 'communications', 'bridgeNotMail'),
    step(45, 'first_hour', 'it_recovery', 'workaround'),
    step(60, 'recovery', 'supplier_liaison', 'provider'),
    step(120, 'recovery', 'communications', 'regularUpdate'),
    step(null, 'stand_down', 'incident_lead', 'standDown'),
    step(null, 'return_to_normal', 'it_recovery', 'reconcile'),
  ],
  siteUnreachable: [
    step(0, 'first_hour', 'incident_lead', 'declare'),
    step(15, 'first_hour', 'people_welfare', 'headcount'),
    step(30, 'first_hour', 'facilities', 'alternateSite'),
    step(60, 'recovery', 'it_recovery', 'remoteAccess'),
    step(null, 'stand_down', 'incident_lead', 'standDown'),
    step(null, 'return_to_normal', 'facilities', 'siteSafe'),
  ],
  staffShortage: [
    step(0, 'first_hour', 'incident_lead', 'declare'),
    step(15, 'first_hour', 'people_welfare', 'whoCanWork'),
    step(30, 'first_hour', 'incident_lead', 'prioritise'),
    step(60, 'recovery', 'supplier_liaison', 'cover'),
    step(null, 'stand_down', 'incident_lead', 'standDown'),
    step(null, 'return_to_normal', 'people_welfare', 'wellbeing'),
  ],
};

/** The default role kinds the workbook does not have yet (a live role of that kind), in order. */
export const missingDefaultRoles = (roles: readonly { kind: RoleKind; deletedAt: string | null }[]) =>
  DEFAULT_ROLE_KINDS.filter((k) => !roles.some((r) => r.kind === k && r.deletedAt === null));
