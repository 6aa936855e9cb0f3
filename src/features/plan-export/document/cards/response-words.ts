// How the response records read in print, shared by the plan's activation section, the wallet card
// and the role cards so the three say the same thing the same way.
import type { Contact } from '../../../../domain/communications';
import type { ResponseRole } from '../../../../domain/response';
import type { MessageKey } from '../../../../i18n';
import type { PlanText } from '../plan-text';
import { oneLine } from '../safe-text';

/** The planner's name for the role, or the built-in kind's label. */
export const roleName = (role: Pick<ResponseRole, 'name' | 'kind'>, text: PlanText) =>
  oneLine(role.name) || text.t(`cards.kind.${role.kind}` as MessageKey);

/** "4 hours", "25% of users", or that no threshold is set. */
export function thresholdText(c: { threshold: number | null; unit: string }, text: PlanText): string {
  if (c.threshold === null) return text.t('cards.noThreshold');
  return text.t(`cards.unit.${c.unit}` as MessageKey, { n: text.number(c.threshold) });
}

/** A step's time after the declaration: "+0 min", "+1 h 30 min", or "when needed". */
export function whenText(offsetMinutes: number | null, text: PlanText): string {
  if (offsetMinutes === null) return text.t('cards.when.none');
  const h = Math.floor(offsetMinutes / 60);
  const m = offsetMinutes % 60;
  if (h === 0) return text.t('cards.when.minutes', { m });
  return m === 0 ? text.t('cards.when.hours', { h }) : text.t('cards.when.hoursMinutes', { h, m });
}

export const contactPhone = (c: Pick<Contact, 'mobilePhone' | 'officePhone'>) =>
  [c.mobilePhone, c.officePhone].map(oneLine).filter(Boolean).join(' / ');

/** "Available Mon–Fri 08:00–18:00 (Asia/Seoul)": the shape call-tree tools carry. */
export function availabilityText(c: Pick<Contact, 'availabilityHours' | 'timeZone'>, text: PlanText) {
  const hours = oneLine(c.availabilityHours);
  const zone = oneLine(c.timeZone) || text.t('cards.noZone');
  return hours
    ? `${text.t('cards.availability', { hours })} (${zone})`
    : `${text.t('cards.noAvailability')} (${zone})`;
}

/** Name, phones, hours and zone in one line; marks a contact not verified for six months. */
export function contactLine(c: Contact, text: PlanText, stale: boolean) {
  return [oneLine(c.name), contactPhone(c), availabilityText(c, text), stale ? text.t('cards.stale') : '']
    .filter(Boolean)
    .join(' · ');
}
