// Reads and writes of the activation and response step and the one action list. Every write goes
// through the guarded write path (an outcome, never a throw); several records changed by one click
// (a reorder, a template copy, a bulk status change) are written in one transaction.
import { useLiveQuery } from 'dexie-react-hooks';
import { guardedWrite, addRecord, removeRecord, undoRemove, type WriteOutcome } from '../../db/guarded-write';
import { applyPatch, createRecord, listByWorkbook, touchWorkbook, writeTogether } from '../../db/records';
import type { ProcedureStep, ResponseRole, RoleKind, THRESHOLD_UNITS } from '../../domain/response';
import { moveStep, orderedSteps, stepsFromTemplate, wouldLoop } from '../../domain/response-rules';
import type { ActionStatus } from '../../domain/response-actions';

export const addCriterion = (
  workbookId: string,
  input: { condition: string; threshold: number | null; unit: (typeof THRESHOLD_UNITS)[number] },
) => addRecord('responseCriteria', { workbookId, ...input });

export const addRole = (workbookId: string, kind: RoleKind, name = '') =>
  addRecord('responseRoles', { workbookId, kind, name });
export const removeRole = (id: string) => removeRecord('responseRoles', id);
export const restoreRole = (id: string) => undoRemove('responseRoles', id);

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
) {
  const existing = (await listByWorkbook('procedureSteps', workbookId)).filter(
    (s) => s.procedureId === procedureId,
  );
  const start = existing.reduce((max, s) => Math.max(max, s.order + 1), 0);
  const drafts = stepsFromTemplate(roles);
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
