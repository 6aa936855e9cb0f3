// The three risk areas of service continuity, the questions a planner answers for each,
// and what the organisation depends on in each area.
import { z } from 'zod';
import { childMetaShape, longText, requiredShortText } from './common';

export const areas = ['people', 'location', 'systems'] as const;
export const areaSchema = z.enum(areas);
export type Area = z.infer<typeof areaSchema>;

export const readinessRatings = ['not_assessed', 'weak', 'partial', 'strong'] as const;
export const readinessRatingSchema = z.enum(readinessRatings);

/** Question keys per area; their wording lives in the i18n catalogue (riskAreas.questions.<key>). */
export const areaQuestions: Record<Area, readonly string[]> = {
  people: ['peopleOfflineShare', 'peopleKeepRunning', 'peopleKeyRoles', 'peopleDispersed'],
  location: ['locationSiteBound', 'locationAlternateAccess', 'locationSplitTunnel', 'locationDevicesAtHome'],
  systems: ['systemsDependencies', 'systemsResponse', 'systemsIdentity', 'systemsCloudService'],
};

export const areaAnswerSchema = z.object({
  ...childMetaShape,
  area: areaSchema,
  questionKey: z.string().min(1).max(100),
  answer: longText(),
  rating: readinessRatingSchema.default('not_assessed'),
});
export type AreaAnswer = z.infer<typeof areaAnswerSchema>;

/** One answer per question per workbook: a deterministic id keeps two devices from making two. */
export const areaAnswerId = (workbookId: string, questionKey: string) => `${workbookId}:q:${questionKey}`;

/** A key group of people, a site or network location, or a system the organisation depends on. */
export const dependencySchema = z.object({
  ...childMetaShape,
  area: areaSchema,
  name: requiredShortText(),
  notes: longText(),
});
export type Dependency = z.infer<typeof dependencySchema>;
