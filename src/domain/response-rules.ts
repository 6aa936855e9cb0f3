// The response rules a form shows beside a field: a declaring setup that only works while the
// provider's mail or chat works, a role without an alternate or with only stale contacts, a role
// whose contact was deleted, an escalation chain that comes back to itself, a step with no role.
import { isContactStale } from './call-tree';
import type { Contact } from './communications';
import {
  PROCEDURE_TEMPLATE,
  type ProcedureStep,
  type ReachMethod,
  type ResponseRole,
  type StepTemplate,
} from './response';

/** True when there is at least one way and every one of them runs on the provider's mail or chat. */
export const allWaysDependOnProvider = (methods: readonly ReachMethod[]) =>
  methods.length > 0 && methods.every((m) => m.dependsOnProvider);

/**
 * The roles that may declare, taken together: warn when no way to reach any of them works
 * without the provider (or there is no way listed at all).
 */
export function declareWarning(
  roles: readonly ResponseRole[],
): 'noDeclarer' | 'noWay' | 'providerOnly' | null {
  const declarers = roles.filter((r) => r.mayDeclare && r.deletedAt === null);
  if (declarers.length === 0) return 'noDeclarer';
  const ways = declarers.flatMap((r) => r.reachMethods);
  if (ways.length === 0) return 'noWay';
  return allWaysDependOnProvider(ways) ? 'providerOnly' : null;
}

export type RoleFlag = 'noContact' | 'noAlternate' | 'allStale';

/**
 * Flags for one role, given the live (not deleted) contacts. A contact id that no longer resolves
 * counts as missing, so a role whose only contact was deleted reads "no contact".
 */
export function roleFlags(
  role: Pick<ResponseRole, 'primaryContactId' | 'alternateContactIds'>,
  contacts: readonly Pick<Contact, 'id' | 'lastVerifiedDate'>[],
  today: string,
): RoleFlag[] {
  const byId = new Map(contacts.map((c) => [c.id, c]));
  const primary = role.primaryContactId === null ? undefined : byId.get(role.primaryContactId);
  const alternates = role.alternateContactIds.flatMap((id) => byId.get(id) ?? []);
  const people = [...(primary ? [primary] : []), ...alternates];
  const flags: RoleFlag[] = [];
  if (!primary) flags.push('noContact');
  if (alternates.length === 0) flags.push('noAlternate');
  if (people.length > 0 && people.every((c) => isContactStale(c, today))) flags.push('allStale');
  return flags;
}

/**
 * The escalation chains that come back to where they started, each as the role ids in order.
 * Each role escalates to at most one other, so following the links from every role finds them all.
 */
export function escalationLoops(
  roles: readonly Pick<ResponseRole, 'id' | 'escalatesToRoleId'>[],
): string[][] {
  const next = new Map(roles.map((r) => [r.id, r.escalatesToRoleId]));
  const done = new Set<string>();
  const loops: string[][] = [];
  for (const start of next.keys()) {
    const path: string[] = [];
    const onPath = new Map<string, number>();
    let at: string | null | undefined = start;
    while (at && next.has(at) && !done.has(at) && !onPath.has(at)) {
      onPath.set(at, path.length);
      path.push(at);
      at = next.get(at);
    }
    if (at && onPath.has(at)) loops.push(path.slice(onPath.get(at)));
    for (const id of path) done.add(id);
  }
  return loops;
}

/** Would pointing `roleId` at `targetId` close a loop? Checked before the form saves the link. */
export function wouldLoop(
  roles: readonly Pick<ResponseRole, 'id' | 'escalatesToRoleId'>[],
  roleId: string,
  targetId: string | null,
): boolean {
  if (targetId === null) return false;
  const changed = roles.map((r) => (r.id === roleId ? { ...r, escalatesToRoleId: targetId } : r));
  return escalationLoops(changed).some((loop) => loop.includes(roleId));
}

/** A step must say who does it, and that role must still exist. */
export function stepProblem(
  step: Pick<ProcedureStep, 'roleId'>,
  roleIds: ReadonlySet<string>,
): 'response.errors.stepRole' | null {
  return step.roleId === null || !roleIds.has(step.roleId) ? 'response.errors.stepRole' : null;
}

/** Steps in the order they are carried out: by `order`, ties by id so the order is stable. */
export const orderedSteps = <S extends Pick<ProcedureStep, 'order' | 'id'>>(steps: readonly S[]) =>
  [...steps].sort((a, b) => a.order - b.order || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));

/**
 * New `order` values after moving one step up (-1) or down (+1): every step renumbered 0…n-1,
 * so only the records whose number changed need writing. Returns id → new order.
 */
export function moveStep<S extends Pick<ProcedureStep, 'order' | 'id'>>(
  steps: readonly S[],
  id: string,
  delta: -1 | 1,
): Map<string, number> {
  const list = orderedSteps(steps);
  const from = list.findIndex((s) => s.id === id);
  const to = from + delta;
  const out = new Map<string, number>();
  if (from < 0 || to < 0 || to >= list.length) return out;
  [list[from], list[to]] = [list[to]!, list[from]!];
  list.forEach((s, i) => {
    if (s.order !== i) out.set(s.id, i);
  });
  return out;
}

/**
 * The template's steps for a new procedure, in order, each given the first live role of the
 * template's kind (null when the workbook has none: the step then shows the "choose a role" message).
 */
export function stepsFromTemplate(
  roles: readonly Pick<ResponseRole, 'id' | 'kind' | 'deletedAt' | 'order'>[],
  template: readonly StepTemplate[] = PROCEDURE_TEMPLATE,
) {
  const live = [...roles].filter((r) => r.deletedAt === null).sort((a, b) => a.order - b.order);
  return template.map((t, order) => ({
    order,
    offsetMinutes: t.offsetMinutes,
    kind: t.kind,
    actionKey: t.actionKey,
    roleId: live.find((r) => r.kind === t.roleKind)?.id ?? null,
  }));
}

/**
 * The contact ids a role names that no longer resolve to a live contact (deleted, or gone with an
 * import): the form says so beside the field instead of showing an empty choice.
 */
export function missingContactIds(
  role: Pick<ResponseRole, 'primaryContactId' | 'alternateContactIds'>,
  liveContactIds: ReadonlySet<string>,
): string[] {
  const named = [
    ...(role.primaryContactId === null ? [] : [role.primaryContactId]),
    ...role.alternateContactIds,
  ];
  return [...new Set(named)].filter((id) => !liveContactIds.has(id));
}

/**
 * The escalation levels from one role: the role itself, then each role it escalates to with the
 * minutes to wait before going there. Stops at the end of the chain or before a role seen already
 * (a loop is reported by escalationLoops, not followed forever).
 */
export function escalationLevels(
  roles: readonly Pick<ResponseRole, 'id' | 'escalatesToRoleId' | 'escalateAfterMinutes' | 'deletedAt'>[],
  startId: string,
): { roleId: string; afterMinutes: number | null }[] {
  const byId = new Map(roles.filter((r) => r.deletedAt === null).map((r) => [r.id, r]));
  const levels: { roleId: string; afterMinutes: number | null }[] = [];
  const seen = new Set<string>();
  let at = byId.get(startId);
  let wait: number | null = null;
  while (at && !seen.has(at.id)) {
    seen.add(at.id);
    levels.push({ roleId: at.id, afterMinutes: wait });
    wait = at.escalateAfterMinutes;
    at = at.escalatesToRoleId === null ? undefined : byId.get(at.escalatesToRoleId);
  }
  return levels;
}
