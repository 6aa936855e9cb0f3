// Every kind of persisted record, by table name: the single list that the database,
// the backup format and the JSON Schema are built from. Add a table here and in a migration.
import { z } from 'zod';
import { approverSchema } from './approver';
import {
  biaAlternativeSchema,
  biaDependencySchema,
  biaProcessSchema,
  biaResourceSchema,
  biaScenarioImpactSchema,
} from './bia';
import { contactSchema, internalChannelSchema, providerChannelSchema } from './communications';
import {
  exerciseFindingSchema,
  exerciseObjectiveSchema,
  exerciseRecoverySchema,
  exerciseSchema,
  tabletopRunSchema,
} from './exercise';
import { incidentSchema, lessonSchema } from './incident';
import { distributionEntrySchema, planVersionSchema, reviewTriggerSchema } from './plan-version';
import {
  activationCriterionSchema,
  procedureStepSchema,
  responseProcedureSchema,
  responseRoleSchema,
} from './response';
import { responsibilityItemSchema } from './responsibility';
import { areaAnswerSchema, dependencySchema } from './risk-areas';
import { mitigationActionSchema, policyCheckSchema, scenarioSchema } from './scenario';
import { workbookSchema } from './workbook';

/** Tables whose records belong to a workbook (they carry workbookId). */
export const childTableSchemas = {
  areaAnswers: areaAnswerSchema,
  dependencies: dependencySchema,
  scenarios: scenarioSchema,
  policyChecks: policyCheckSchema,
  mitigationActions: mitigationActionSchema,
  responsibilities: responsibilityItemSchema,
  providerChannels: providerChannelSchema,
  internalChannels: internalChannelSchema,
  contacts: contactSchema,
  incidents: incidentSchema,
  lessons: lessonSchema,
  approvers: approverSchema,
  biaProcesses: biaProcessSchema,
  biaResources: biaResourceSchema,
  biaAlternatives: biaAlternativeSchema,
  biaDependencies: biaDependencySchema,
  biaScenarioImpacts: biaScenarioImpactSchema,
  responseCriteria: activationCriterionSchema,
  responseRoles: responseRoleSchema,
  responseProcedures: responseProcedureSchema,
  procedureSteps: procedureStepSchema,
  // Exercises (issue 15)
  exercises: exerciseSchema,
  exerciseObjectives: exerciseObjectiveSchema,
  exerciseRecoveries: exerciseRecoverySchema,
  exerciseFindings: exerciseFindingSchema,
  tabletopRuns: tabletopRunSchema,
  planVersions: planVersionSchema,
  distributionList: distributionEntrySchema,
  reviewTriggers: reviewTriggerSchema,
} as const;

export const tableSchemas = { workbooks: workbookSchema, ...childTableSchemas } as const;

export type TableName = keyof typeof tableSchemas;
export type ChildTableName = keyof typeof childTableSchemas;
export type TableRecord<T extends TableName> = z.infer<(typeof tableSchemas)[T]>;
export const tableNames = Object.keys(tableSchemas) as TableName[];
export const childTableNames = Object.keys(childTableSchemas) as ChildTableName[];

/** Everything about one workbook, as plain data: what the PDF renders and a backup carries. */
export type WorkbookSnapshot = { workbook: TableRecord<'workbooks'> } & {
  [T in ChildTableName]: TableRecord<T>[];
};
