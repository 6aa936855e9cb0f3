// CSV of the response roles and of the recovery procedures' steps, in the planner's language, for
// a spreadsheet user (same quoting and BOM as every other CSV of the app).
import { orderedSteps } from '../../domain/response-rules';
import type { T } from '../../i18n/use-i18n';
import { toCsv } from '../../lib/csv';
import type { ResponseData } from './data';
import { roleName } from './role-name';

type Data = Pick<
  ResponseData,
  'roles' | 'contacts' | 'goneContacts' | 'procedures' | 'steps' | 'processes' | 'scenarios'
>;

const contactName = (data: Data, id: string | null) =>
  id === null ? '' : (data.contacts.find((c) => c.id === id)?.name ?? data.goneContacts.get(id) ?? '');

export function rolesCsv(t: T, data: Data): string {
  const byId = new Map(data.roles.map((r) => [r.id, r]));
  return toCsv(
    [
      t('response.csv.role'),
      t('response.roles.responsibilities'),
      t('response.roles.primary'),
      t('response.roles.alternates'),
      t('response.roles.mayDeclare'),
      t('response.reach.legend'),
      t('response.csv.escalatesTo'),
      t('response.csv.escalateAfter'),
    ],
    data.roles.map((r) => {
      const to = r.escalatesToRoleId === null ? undefined : byId.get(r.escalatesToRoleId);
      return [
        roleName(t, r),
        r.responsibilities,
        contactName(data, r.primaryContactId),
        r.alternateContactIds.map((id) => contactName(data, id)).join('; '),
        r.mayDeclare ? t('response.csv.yes') : t('response.csv.no'),
        r.reachMethods
          .map((m) => (m.dependsOnProvider ? `${m.label} (${t('response.declare.viaProvider')})` : m.label))
          .join('; '),
        to ? roleName(t, to) : '',
        r.escalateAfterMinutes === null ? '' : String(r.escalateAfterMinutes),
      ];
    }),
  );
}

export function proceduresCsv(t: T, data: Data): string {
  const roles = new Map(data.roles.map((r) => [r.id, r]));
  const target = (p: ResponseData['procedures'][number]) =>
    p.scope === 'process'
      ? (data.processes.find((x) => x.id === p.processId)?.name ?? '')
      : (data.scenarios.find((x) => x.id === p.scenarioId)?.title ?? '');
  return toCsv(
    [
      t('response.csv.procedure'),
      t('response.procedures.scope'),
      t('response.csv.for'),
      t('response.procedures.owner'),
      t('response.csv.step'),
      t('response.steps.phase'),
      t('response.steps.when'),
      t('response.steps.who'),
      t('response.steps.action'),
      t('response.steps.where'),
      t('response.steps.how'),
    ],
    data.procedures.flatMap((p) => {
      const head = [
        p.title,
        t(`response.procedures.scope.${p.scope}`),
        target(p),
        contactName(data, p.ownerContactId),
      ];
      const steps = orderedSteps(data.steps.filter((s) => s.procedureId === p.id));
      if (steps.length === 0) return [[...head, '', '', '', '', '', '', '']];
      return steps.map((s, i) => {
        const role = s.roleId === null ? undefined : roles.get(s.roleId);
        return [
          ...head,
          String(i + 1),
          t(`response.phase.${s.kind}`),
          s.offsetMinutes === null ? '' : String(s.offsetMinutes),
          role ? roleName(t, role) : '',
          s.action,
          s.where,
          s.how,
        ];
      });
    }),
  );
}
