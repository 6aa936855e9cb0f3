// The tabletop decision log's edits as pure functions over the list kept inside the run: change one
// entry in place, take one out (remembering where it stood, for Undo) and put it back there, and
// read a typed exercise-clock time (H:MM:SS, as clockText writes it, or M:SS) back into seconds.
import type { Decision } from './exercise';

export type DecisionFields = Pick<Decision, 'atSeconds' | 'decision' | 'owner' | 'reasoning' | 'followUp'>;

/** The list with the entry `key` changed to `fields`, in its place; unchanged if it is gone. */
export const editDecisionIn = (list: readonly Decision[], key: string, fields: DecisionFields): Decision[] =>
  list.map((d) => (d.key === key ? { ...d, ...fields } : d));

/** The list without the entry `key`. */
export const withoutDecision = (list: readonly Decision[], key: string): Decision[] =>
  list.filter((d) => d.key !== key);

/**
 * The list with `decision` back at `index` (or at the end, if the list is shorter now). A list
 * that holds it already is returned as it is, so an Undo run twice does not log it twice.
 */
export function restoreDecisionAt(list: readonly Decision[], decision: Decision, index: number): Decision[] {
  if (list.some((d) => d.key === decision.key)) return [...list];
  const at = Math.max(0, Math.min(index, list.length));
  return [...list.slice(0, at), decision, ...list.slice(at)];
}

/** Seconds from a typed clock time, H:MM:SS or M:SS (minutes and seconds below 60); null if not one. */
export function parseClock(text: string): number | null {
  const match = /^\s*(?:(\d{1,3}):)?([0-5]?\d):([0-5]\d)\s*$/.exec(text);
  if (!match) return null;
  const [, h, m, s] = match;
  return Number(h ?? 0) * 3600 + Number(m) * 60 + Number(s);
}
