// Scenario templates: the facts of each template as data. Their words (title, description,
// controls, policy checks, actions...) live in the scenarios catalogue under template.<key>.*,
// so every template reads the same in English and Korean.
import type { Area } from './risk-areas';
import type { Trigger } from './scenario';

export type ScenarioTemplate = {
  key: string;
  areas: Area[];
  trigger: Trigger;
  likelihood: number;
  impact: number;
  staffAffectedPercent: number | null;
  rtoHours: number | null;
  rpoHours: number | null;
  /** How many policy checks and mitigation actions the catalogue holds for this template. */
  policyChecks: number;
  actions: number;
};

export const scenarioTemplates: readonly ScenarioTemplate[] = [
  {
    key: 'pandemic',
    areas: ['people'],
    trigger: 'pandemic_health',
    likelihood: 3,
    impact: 4,
    staffAffectedPercent: 40,
    rtoHours: 24,
    rpoHours: 4,
    policyChecks: 2,
    actions: 2,
  },
  {
    key: 'supplierStaff',
    areas: ['people'],
    trigger: 'supplier',
    likelihood: 2,
    impact: 3,
    staffAffectedPercent: 10,
    rtoHours: 48,
    rpoHours: 24,
    policyChecks: 1,
    actions: 1,
  },
  {
    key: 'regionalDisaster',
    areas: ['people', 'location'],
    trigger: 'natural_hazard',
    likelihood: 2,
    impact: 5,
    staffAffectedPercent: 60,
    rtoHours: 24,
    rpoHours: 4,
    policyChecks: 2,
    actions: 2,
  },
  {
    key: 'snowstorm',
    areas: ['people', 'location', 'systems'],
    trigger: 'natural_hazard',
    likelihood: 3,
    impact: 4,
    staffAffectedPercent: 70,
    rtoHours: 8,
    rpoHours: 1,
    policyChecks: 2,
    actions: 2,
  },
  {
    key: 'officeLoss',
    areas: ['location'],
    trigger: 'utility_facility',
    likelihood: 2,
    impact: 4,
    staffAffectedPercent: null,
    rtoHours: 24,
    rpoHours: 4,
    policyChecks: 1,
    actions: 2,
  },
  {
    key: 'wanVpnFailure',
    areas: ['location', 'systems'],
    trigger: 'network',
    likelihood: 3,
    impact: 4,
    staffAffectedPercent: null,
    rtoHours: 4,
    rpoHours: 1,
    policyChecks: 1,
    actions: 2,
  },
  {
    key: 'identityOutage',
    areas: ['systems'],
    trigger: 'identity',
    likelihood: 2,
    impact: 5,
    staffAffectedPercent: null,
    rtoHours: 4,
    rpoHours: 1,
    policyChecks: 1,
    actions: 2,
  },
  {
    key: 'cloudIncident',
    areas: ['systems'],
    trigger: 'cloud_provider',
    likelihood: 3,
    impact: 4,
    staffAffectedPercent: null,
    rtoHours: 8,
    rpoHours: 1,
    policyChecks: 1,
    actions: 2,
  },
  {
    key: 'keyPeopleOutage',
    areas: ['people', 'systems'],
    trigger: 'other',
    likelihood: 2,
    impact: 4,
    staffAffectedPercent: 5,
    rtoHours: 8,
    rpoHours: 2,
    policyChecks: 1,
    actions: 2,
  },
  {
    key: 'ransomware',
    areas: ['systems'],
    trigger: 'cyber',
    likelihood: 3,
    impact: 5,
    staffAffectedPercent: null,
    rtoHours: 72,
    rpoHours: 24,
    policyChecks: 1,
    actions: 2,
  },
  {
    key: 'powerOutage',
    areas: ['location', 'systems'],
    trigger: 'utility_facility',
    likelihood: 2,
    impact: 3,
    staffAffectedPercent: null,
    rtoHours: 8,
    rpoHours: 2,
    policyChecks: 1,
    actions: 1,
  },
];

export const templateByKey = (key: string) => scenarioTemplates.find((t) => t.key === key) ?? null;

/** The catalogue keys of every text a template carries (tests check all exist in both languages). */
export function templateTextKeys(t: ScenarioTemplate): string[] {
  const base = `scenarios.template.${t.key}`;
  return [
    `${base}.title`,
    `${base}.description`,
    `${base}.controls`,
    `${base}.alternateWorking`,
    `${base}.communicationSteps`,
    ...Array.from({ length: t.policyChecks }, (_, i) => `${base}.policy${i + 1}`),
    ...Array.from({ length: t.actions }, (_, i) => `${base}.action${i + 1}`),
  ];
}
