// The call tree (who calls whom, from each contact's calledById) and the check for contacts whose
// details have not been verified recently.
import type { Contact } from './communications';
import { addMonths } from './workbook';

type C = Pick<Contact, 'id' | 'name' | 'calledById' | 'escalationOrder'>;
export type CallTreeNode<T extends C> = { contact: T; children: CallTreeNode<T>[] };

const byEscalation = (a: C, b: C) =>
  (a.escalationOrder ?? 100) - (b.escalationOrder ?? 100) || a.name.localeCompare(b.name);

/**
 * Roots are contacts nobody calls (or whose caller is gone). Contacts caught in a loop of callers
 * (A calls B calls A) can never be reached from a root; they are returned apart so the UI can flag them.
 */
export function buildCallTree<T extends C>(
  contacts: readonly T[],
): { roots: CallTreeNode<T>[]; inLoop: T[] } {
  const ids = new Set(contacts.map((c) => c.id));
  const childrenOf = new Map<string, T[]>();
  const roots: T[] = [];
  for (const c of contacts) {
    if (c.calledById === null || c.calledById === c.id || !ids.has(c.calledById)) roots.push(c);
    else childrenOf.set(c.calledById, [...(childrenOf.get(c.calledById) ?? []), c]);
  }
  const reached = new Set<string>();
  const grow = (contact: T): CallTreeNode<T> => {
    reached.add(contact.id);
    const kids = (childrenOf.get(contact.id) ?? []).filter((k) => !reached.has(k.id)).sort(byEscalation);
    return { contact, children: kids.map(grow) };
  };
  const tree = roots.sort(byEscalation).map(grow);
  return { roots: tree, inLoop: contacts.filter((c) => !reached.has(c.id)) };
}

/** Contacts that may be chosen as this contact's caller without making a loop. */
export function possibleCallers<T extends C>(contacts: readonly T[], contactId: string): T[] {
  const below = new Set<string>([contactId]);
  let grew = true;
  while (grew) {
    grew = false;
    for (const c of contacts) {
      if (c.calledById !== null && below.has(c.calledById) && !below.has(c.id)) {
        below.add(c.id);
        grew = true;
      }
    }
  }
  return contacts.filter((c) => !below.has(c.id));
}

export const VERIFY_EVERY_MONTHS = 6;

/** Never verified, or last verified more than six months before today (YYYY-MM-DD). */
export const isContactStale = (c: Pick<Contact, 'lastVerifiedDate'>, today: string) =>
  c.lastVerifiedDate === null || addMonths(c.lastVerifiedDate, VERIFY_EVERY_MONTHS) < today;
