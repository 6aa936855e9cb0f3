// Reads and writes of the activation and response step and the one action list. Every write goes
// through the guarded write path (an outcome, never a throw); several records changed by one click
// (a reorder, a template copy, a bulk status change) are written in one transaction.
import { useLiveQuery } from 'dexie-react-hooks';
import type { z } from 'zod';
import { useAutosaveForm } from '../../components/form/use-autosave-form';
import { guardedWrite, addRecord, removeRecord, undoRemove, type WriteOutcome } from '../../db/guarded-write';
import {
  applyPatch,
  createRecord,
  getRecord,
  listByWorkbook,
  touchWorkbook,
  writeTogether,
} from '../../db/records';
import {
  activationCriterionSchema,
  procedureStepSchema,
  responseProcedureSchema,
  responseRoleSchema,
  type ProcedureStep,
  type ResponseRole,
  type RoleKind,
  type THRESHOLD_UNITS,
} from '../../domain/response';
import {
  missingContactIds,
  moveStep,
  orderedSteps,
  stepsFromTemplate,
  wouldLoop,
} from '../../domain/response-rules';
import { PROCEDURE_TEMPLATES, type ProcedureTemplateKey } from '../../domain/response-templates';
import type { ActionStatus } from '../../domain/response-actions';

export const addCriterion = (
  workbookId: string,
  input: { condition: string; threshold: number | null; unit: (typeof THRESHOLD_UNITS)[number] },
) => addRecord('responseCriteria', { workbookId, ...input });
export const removeCriterion = (id: string) => removeRecord('responseCriteria', id);
export const restoreCriterion = (id: string) => undoRemove('responseCriteria', id);

export const addRole = (workbookId: string, kind: RoleKind, name = '') =>
  addRecord('responseRoles', { workbookId, kind, name });
export const removeRole = (id: string) => removeRecord('responseRoles', id);
export const restoreRole = (id: string) => undoRemove('responseRoles', id);

/** Adds the default roles the workbook lacks, each with its name and responsibilities text, in one go. */
export function addDefaultRoles(
  workbookId: string,
  roles: readonly { kind: RoleKind; name: string; responsibilities: string }[],
) {
  return guardedWrite(
    () =>
      writeTogether(['responseRoles'], async () => {
        const out: ResponseRole[] = [];
        for (const r of roles) out.push(await createRecord('responseRoles', { workbookId, ...r }));
        return out;
      }),
    { edits: roles.length > 0 ? 1 : 0 },
  );
}

export type EscalationOutcome =
  WriteOutcome<ResponseRole> | { ok: false; messageKey: 'response.errors.loop' };

/** Points a role's escalation at another; a link that would lead back to the role is refused, nothing written. */
export async function setEscalation(
  roles: readonly ResponseRole[],
  roleId: string,
  targetId: string | null,
  minutes: number | null,
): Promise<EscalationOutcome> {
  if (wouldLoop(roles, roleId, targetId)) return { ok: false, messageKey: 'response.errors.loop' };
  return guardedWrite(
    () =>
      writeTogether(['responseRoles'], async () => {
        const next = await applyPatch('responseRoles', roleId, {
          escalatesToRoleId: targetId,
          escalateAfterMinutes: minutes,
        });
        await touchWorkbook(next.workbookId);
        return next;
      }),
    { edits: 1 },
  );
}

export const addProcedure = (
  workbookId: string,
  title: string,
  target: { processId: string } | { scenarioId: string },
) =>
  addRecord('responseProcedures', {
    workbookId,
    title,
    ...('processId' in target
      ? { scope: 'process', processId: target.processId }
      : { scope: 'scenario', scenarioId: target.scenarioId }),
  });

/** Appends the template's steps (actions in the planner's language), each with the first role of its kind. */
export async function copyTemplateSteps(
  workbookId: string,
  procedureId: string,
  roles: readonly ResponseRole[],
  actionText: (actionKey: string) => string,
  template: ProcedureTemplateKey = 'general',
) {
  const existing = (await listByWorkbook('procedureSteps', workbookId)).filter(
    (s) => s.procedureId === procedureId,
  );
  const start = existing.reduce((max, s) => Math.max(max, s.order + 1), 0);
  const drafts = stepsFromTemplate(roles, PROCEDURE_TEMPLATES[template]);
  return guardedWrite(
    () =>
      writeTogether(['procedureSteps'], async () => {
        const out: ProcedureStep[] = [];
        for (const d of drafts) {
          out.push(
            await createRecord('procedureSteps', {
              workbookId,
              procedureId,
              order: start + d.order,
              offsetMinutes: d.offsetMinutes,
              kind: d.kind,
              roleId: d.roleId,
              action: actionText(d.actionKey),
            }),
          );
        }
        return out;
      }),
    { edits: 1 },
  );
}

export const addStep = (
  workbookId: string,
  procedureId: string,
  action: string,
  roleId: string | null,
  order: number,
) => addRecord('procedureSteps', { workbookId, procedureId, action, roleId, order });
export const removeStep = (id: string) => removeRecord('procedureSteps', id);
export const restoreStep = (id: string) => undoRemove('procedureSteps', id);
export const removeProcedure = (id: string) => removeRecord('responseProcedures', id);
export const restoreProcedure = (id: string) => undoRemove('responseProcedures', id);

/** Moves a step up or down among its procedure's steps: the changed orders in one transaction. */
export function moveProcedureStep(steps: readonly ProcedureStep[], id: string, delta: -1 | 1) {
  const changes = moveStep(orderedSteps(steps), id, delta);
  return guardedWrite(
    () =>
      writeTogether(['procedureSteps'], async () => {
        for (const [stepId, order] of changes) await applyPatch('procedureSteps', stepId, { order });
        if (changes.size > 0) await touchWorkbook(steps[0]!.workbookId);
        return changes.size;
      }),
    { edits: changes.size > 0 ? 1 : 0 },
  );
}

/** Bulk status change of stored actions (BIA gaps are not stored and are left out by the caller). */
export function setActionsStatus(ids: readonly string[], status: ActionStatus) {
  return guardedWrite(
    () =>
      writeTogether(['mitigationActions'], async () => {
        const touched = new Set<string>();
        for (const id of ids) touched.add((await applyPatch('mitigationActions', id, { status })).workbookId);
        for (const workbookId of touched) await touchWorkbook(workbookId);
        return ids.length;
      }),
    { edits: ids.length > 0 ? 1 : 0 },
  );
}

/** What the one action list needs, live: stored actions, their scenarios, and the BIA records for gaps. */
export const useActionSources = (workbookId: string) =>
  useLiveQuery(async () => {
    const [mitigationActions, scenarios, processes, resources, dependencies, alternatives, contacts] =
      await Promise.all([
        listByWorkbook('mitigationActions', workbookId),
        listByWorkbook('scenarios', workbookId),
        listByWorkbook('biaProcesses', workbookId),
        listByWorkbook('biaResources', workbookId),
        listByWorkbook('biaDependencies', workbookId),
        listByWorkbook('biaAlternatives', workbookId),
        listByWorkbook('contacts', workbookId),
      ]);
    return { mitigationActions, scenarios, processes, resources, dependencies, alternatives, contacts };
  }, [workbookId]);

/**
 * Everything the activation and response step shows, live. `goneContacts` names the contacts a
 * role still points at but that were deleted, so the form can say which one is gone.
 */
export const useResponse = (workbookId: string) =>
  useLiveQuery(async () => {
    const [criteria, roles, procedures, steps, contacts, processes, scenarios] = await Promise.all([
      listByWorkbook('responseCriteria', workbookId),
      listByWorkbook('responseRoles', workbookId),
      listByWorkbook('responseProcedures', workbookId),
      listByWorkbook('procedureSteps', workbookId),
      listByWorkbook('contacts', workbookId),
      listByWorkbook('biaProcesses', workbookId),
      listByWorkbook('scenarios', workbookId),
    ]);
    const live = new Set(contacts.map((c) => c.id));
    const gone = [...new Set(roles.flatMap((r) => missingContactIds(r, live)))];
    const goneContacts = new Map<string, string>();
    for (const id of gone) {
      const c = await getRecord('contacts', id);
      if (c) goneContacts.set(id, c.name);
    }
    return { criteria, roles, procedures, steps, contacts, processes, scenarios, goneContacts };
  }, [workbookId]);
export type ResponseData = NonNullable<ReturnType<typeof useResponse>>;

// What each editor edits: identity and metadata are not fields; escalation is set with its loop check.
const criterionFormSchema = activationCriterionSchema.pick({
  condition: true,
  threshold: true,
  unit: true,
  notes: true,
});
export const useCriterionForm = (row: z.input<typeof activationCriterionSchema> & { id: string }) =>
  useAutosaveForm({ schema: criterionFormSchema, table: 'responseCriteria', record: row });

const roleFormSchema = responseRoleSchema.pick({
  name: true,
  responsibilities: true,
  primaryContactId: true,
  alternateContactIds: true,
  mayDeclare: true,
  reachMethods: true,
});
export const useRoleForm = (row: ResponseRole) =>
  useAutosaveForm({ schema: roleFormSchema, table: 'responseRoles', record: row });

const procedureFormSchema = responseProcedureSchema.pick({
  title: true,
  ownerContactId: true,
  notes: true,
});
export const useProcedureForm = (row: z.input<typeof responseProcedureSchema> & { id: string }) =>
  useAutosaveForm({ schema: procedureFormSchema, table: 'responseProcedures', record: row });

const stepFormSchema = procedureStepSchema.pick({
  offsetMinutes: true,
  roleId: true,
  action: true,
  where: true,
  how: true,
  kind: true,
});
export const useStepForm = (row: ProcedureStep) =>
  useAutosaveForm({ schema: stepFormSchema, table: 'procedureSteps', record: row });
