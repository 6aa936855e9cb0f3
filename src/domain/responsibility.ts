// The customer / provider / shared responsibility matrix and its review checklist.
import { z } from 'zod';
import { childMetaShape, isoDateSchema, longText, shortText } from './common';
import { decisionShape } from './decision';

export const responsibilityAreas = [
  'endpoint_connectivity',
  'identity_access',
  'service_usage',
  'identity_directory',
  'service_delivery',
  'incident_comms',
  'continuity_planning',
] as const;
export const responsibilityAreaSchema = z.enum(responsibilityAreas);
export type ResponsibilityArea = z.infer<typeof responsibilityAreaSchema>;

export const owners = ['customer', 'shared', 'provider'] as const;
export const ownerSchema = z.enum(owners);
export type Owner = z.infer<typeof ownerSchema>;

export const phases = ['incident', 'regular', 'both'] as const;
export const phaseSchema = z.enum(phases);
export type Phase = z.infer<typeof phaseSchema>;

export const reviewStatuses = ['not_reviewed', 'in_place', 'partial', 'gap', 'not_applicable'] as const;
export const reviewStatusSchema = z.enum(reviewStatuses);
export type ReviewStatus = z.infer<typeof reviewStatusSchema>;

export const responsibilityItemSchema = z.object({
  ...childMetaShape,
  /** Items from the default catalogue keep their key; their text comes from i18n until edited. */
  catalogueKey: z.string().max(100).nullable().default(null),
  area: responsibilityAreaSchema,
  owner: ownerSchema,
  phase: phaseSchema,
  /** Planner's own wording; empty means "use the catalogue text in the current language". */
  title: shortText(),
  description: longText(),
  hidden: z.boolean().default(false),
  reviewStatus: reviewStatusSchema.default('not_reviewed'),
  responsiblePerson: shortText(),
  notes: longText(),
  reviewedDate: isoDateSchema.nullable().default(null),
  ...decisionShape,
});
export type ResponsibilityItem = z.infer<typeof responsibilityItemSchema>;

export type CatalogueEntry = { key: string; area: ResponsibilityArea; owner: Owner; phase: Phase };

/** The default catalogue every new workbook starts with (our model of the partnership). */
export const defaultResponsibilityCatalogue: readonly CatalogueEntry[] = [
  { key: 'serviceAvailability', area: 'service_delivery', owner: 'provider', phase: 'both' },
  { key: 'incidentDetection', area: 'service_delivery', owner: 'provider', phase: 'incident' },
  { key: 'healthUpdates', area: 'incident_comms', owner: 'provider', phase: 'incident' },
  { key: 'postIncidentReview', area: 'incident_comms', owner: 'provider', phase: 'incident' },
  { key: 'messageCenter', area: 'incident_comms', owner: 'provider', phase: 'regular' },
  { key: 'endpointConnectivity', area: 'endpoint_connectivity', owner: 'customer', phase: 'both' },
  { key: 'identityAccess', area: 'identity_access', owner: 'customer', phase: 'both' },
  { key: 'serviceUsage', area: 'service_usage', owner: 'customer', phase: 'regular' },
  { key: 'watchChannels', area: 'incident_comms', owner: 'customer', phase: 'both' },
  { key: 'internalComms', area: 'incident_comms', owner: 'customer', phase: 'incident' },
  { key: 'adminContacts', area: 'service_usage', owner: 'customer', phase: 'regular' },
  { key: 'identityDirectory', area: 'identity_directory', owner: 'shared', phase: 'both' },
  { key: 'continuityPlan', area: 'continuity_planning', owner: 'customer', phase: 'regular' },
];
