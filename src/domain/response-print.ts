// What the printed response material reads (the plan's activation section, the wallet card and the
// role cards), worked out once from a workbook snapshot: contacts resolved, role flags, each role's
// first-hour checklist, procedures with their steps by phase, and the wallet card's short lists.
// Pure data; the documents only lay it out.
import { fallbackChannels } from './communications-readiness';
import type { Contact, InternalChannel, ProviderChannel } from './communications';
import type { ResponseRole } from './response';
import { roleFlags, type RoleFlag, orderedSteps } from './response-rules';
import type { TableRecord, WorkbookSnapshot } from './tables';

type Procedure = TableRecord<'responseProcedures'>;
type Step = TableRecord<'procedureSteps'>;

export type PrintRole = {
  role: ResponseRole;
  primary: Contact | null;
  alternates: Contact[];
  flags: RoleFlag[];
  escalatesTo: ResponseRole | null;
  /** This role's first-hour steps from every procedure, in the order they fall due. */
  firstHour: PrintStep[];
};

export type PrintStep = { step: Step; procedure: Procedure; role: ResponseRole | null };

export type StepPhase = Step['kind'];

export type PrintProcedure = {
  procedure: Procedure;
  /** The process's name or the scenario's title it is for; '' when none is chosen. */
  scopeName: string;
  owner: Contact | null;
  /** For a scenario procedure, the scenario's own owner. */
  scenarioOwner: Contact | null;
  steps: Record<StepPhase, PrintStep[]>;
};

export type ResponsePrint = {
  criteria: TableRecord<'responseCriteria'>[];
  roles: PrintRole[];
  declarers: PrintRole[];
  /** Every first-hour step of every procedure, in the order they fall due. */
  firstHour: PrintStep[];
  procedures: PrintProcedure[];
};

const live = <T extends { deletedAt: string | null }>(rows: readonly T[]) =>
  rows.filter((r) => r.deletedAt === null);

/** Due order: by minutes after declaration (untimed last), then procedure order, then step order. */
const byDue = (procOrder: Map<string, number>) => (a: PrintStep, b: PrintStep) =>
  (a.step.offsetMinutes ?? Infinity) - (b.step.offsetMinutes ?? Infinity) ||
  (procOrder.get(a.procedure.id) ?? 0) - (procOrder.get(b.procedure.id) ?? 0) ||
  a.step.order - b.step.order;

export function responsePrint(snapshot: WorkbookSnapshot, today: string): ResponsePrint {
  const contacts = live(snapshot.contacts);
  const contactById = new Map(contacts.map((c) => [c.id, c]));
  const contact = (id: string | null) => (id === null ? null : (contactById.get(id) ?? null));
  const roles = live(snapshot.responseRoles);
  const roleById = new Map(roles.map((r) => [r.id, r]));
  const procedures = live(snapshot.responseProcedures);
  const procById = new Map(procedures.map((p) => [p.id, p]));
  const procOrder = new Map(procedures.map((p, i) => [p.id, i]));
  const steps: PrintStep[] = orderedSteps(live(snapshot.procedureSteps)).flatMap((step) => {
    const procedure = procById.get(step.procedureId);
    if (!procedure) return [];
    return [{ step, procedure, role: step.roleId === null ? null : (roleById.get(step.roleId) ?? null) }];
  });
  const firstHour = steps.filter((s) => s.step.kind === 'first_hour').sort(byDue(procOrder));

  const printRoles: PrintRole[] = roles.map((role) => ({
    role,
    primary: contact(role.primaryContactId),
    alternates: role.alternateContactIds.flatMap((id) => contact(id) ?? []),
    flags: roleFlags(role, contacts, today),
    escalatesTo: role.escalatesToRoleId === null ? null : (roleById.get(role.escalatesToRoleId) ?? null),
    firstHour: firstHour.filter((s) => s.role?.id === role.id),
  }));

  const processes = new Map(live(snapshot.biaProcesses).map((p) => [p.id, p]));
  const scenarios = new Map(live(snapshot.scenarios).map((s) => [s.id, s]));
  const printProcedures = procedures.map((procedure): PrintProcedure => {
    const scenario =
      procedure.scope === 'scenario' && procedure.scenarioId
        ? scenarios.get(procedure.scenarioId)
        : undefined;
    const process =
      procedure.scope === 'process' && procedure.processId ? processes.get(procedure.processId) : undefined;
    const own = steps.filter((s) => s.procedure.id === procedure.id);
    return {
      procedure,
      scopeName: scenario?.title ?? process?.name ?? '',
      owner: contact(procedure.ownerContactId),
      scenarioOwner: scenario ? contact(scenario.ownerContactId) : null,
      steps: {
        first_hour: own.filter((s) => s.step.kind === 'first_hour'),
        recovery: own.filter((s) => s.step.kind === 'recovery'),
        stand_down: own.filter((s) => s.step.kind === 'stand_down'),
        return_to_normal: own.filter((s) => s.step.kind === 'return_to_normal'),
      },
    };
  });

  return {
    criteria: live(snapshot.responseCriteria),
    roles: printRoles,
    declarers: printRoles.filter((r) => r.role.mayDeclare),
    firstHour,
    procedures: printProcedures,
  };
}

export type WalletCall = { name: string; role: string; phone: string };

export type WalletData = {
  criteria: TableRecord<'responseCriteria'>[];
  declarers: PrintRole[];
  /** Ways to reach the declarers that do not run on the provider's mail or chat. */
  bridge: string[];
  /** Our own channels that still work when the provider's service is down: where staff report. */
  statusChannels: InternalChannel[];
  firstCalls: WalletCall[];
  /** Where staff gather, and where if that place cannot be used ('' when not recorded). */
  rallyPoint: string;
  rallyPointAlternate: string;
  /** Where to read the provider's status when its admin center is down, first to try first. */
  providerStatus: ProviderChannel[];
};

/**
 * The wallet card's lists. The first three calls follow the contacts' escalation order (contacts
 * without one come after, in the order the planner keeps them), so the card matches the call tree.
 */
export function walletData(print: ResponsePrint, snapshot: WorkbookSnapshot): WalletData {
  const bridge = [
    ...new Set(
      print.declarers.flatMap((r) =>
        r.role.reachMethods.filter((m) => !m.dependsOnProvider).map((m) => m.label.trim()),
      ),
    ),
  ].filter(Boolean);
  const contacts = live(snapshot.contacts);
  const firstCalls = contacts
    .map((c, i) => ({ c, i }))
    .sort((a, b) => (a.c.escalationOrder ?? 100) - (b.c.escalationOrder ?? 100) || a.i - b.i)
    .slice(0, 3)
    .map(({ c }) => ({ name: c.name, role: c.role, phone: c.mobilePhone || c.officePhone }));
  return {
    criteria: print.criteria,
    declarers: print.declarers,
    bridge,
    statusChannels: live(snapshot.internalChannels).filter((c) => c.worksWhenProviderDown === 'yes'),
    firstCalls,
    rallyPoint: snapshot.workbook.rallyPoint,
    rallyPointAlternate: snapshot.workbook.rallyPointAlternate,
    providerStatus: fallbackChannels(snapshot.providerChannels),
  };
}
