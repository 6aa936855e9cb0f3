// The rules of the one autosave hook, as pure functions (unit-tested without React): what a change
// queues, which stored snapshot is news, and which fields a snapshot may overwrite.
import type { z } from 'zod';

export type Version = { rev?: number; updatedAt?: string };
export const versionKey = (v: Version) => `${v.rev ?? ''}|${v.updatedAt ?? ''}`;

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

type QueueInput = {
  shape: Record<string, z.ZodType>;
  /** The whole form schema: with `together`, nothing is queued unless all of it parses. */
  schema: z.ZodType;
  together: boolean;
  /** The fields to consider (a change names one; the catch-up pass all). */
  fields: readonly string[];
  values: Record<string, unknown>;
  stored: Record<string, unknown>;
  isPending: (field: string) => boolean;
};

/**
 * The patch a change should queue, or null. A valid field that differs from the stored value is
 * queued; one equal to it only if an edit of it is still queued (typed then undone within the save
 * delay: the undo must win); an invalid field is never written (the form shows its error). With
 * `together` (fields checked as a whole, e.g. an end not before its start) every differing field is
 * queued at once, and nothing while the whole is invalid.
 */
export function patchFor(input: QueueInput): Record<string, unknown> | null {
  const { shape, schema, together, values, stored, isPending } = input;
  const wanted = (field: string, value: unknown) => !same(stored[field], value) || isPending(field);
  if (together) {
    const whole = schema.safeParse(values);
    if (!whole.success) return null;
    const data = whole.data as Record<string, unknown>;
    const patch = Object.fromEntries(
      Object.keys(shape)
        .filter((f) => wanted(f, data[f]))
        .map((f) => [f, data[f]]),
    );
    return Object.keys(patch).length > 0 ? patch : null;
  }
  const patch: Record<string, unknown> = {};
  for (const field of input.fields) {
    const fieldSchema = shape[field];
    if (!fieldSchema) continue;
    const parsed = fieldSchema.safeParse(values[field]);
    if (parsed.success && wanted(field, parsed.data)) patch[field] = parsed.data;
  }
  return Object.keys(patch).length > 0 ? patch : null;
}

/**
 * Whether a stored snapshot may be an old one arriving after this tab's own write (a query that
 * read before the write committed): showing it would briefly put back what the user just replaced.
 * That is possible only while this tab has not yet seen its own write, for a lower rev. It is not
 * proof (an import or a restore may legitimately lower a rev), so the hook then reads the record
 * from the database itself rather than ignoring the snapshot: what it shows is what is stored.
 */
export function mayBeStale(incoming: Version, ownWrite: Version | undefined, seen: ReadonlySet<string>) {
  if (!ownWrite || ownWrite.rev === undefined) return false;
  if (seen.has(versionKey(ownWrite))) return false;
  return (incoming.rev ?? 0) < ownWrite.rev;
}

/**
 * The fields a newer snapshot should overwrite on screen: every field that differs, the focused one
 * too, except where this tab holds an unsaved edit, queued or being written (it lands after, and
 * wins), or invalid (the user's own text, shown with its error). So nobody's typing is overwritten.
 */
export function fieldsToShow(input: {
  shape: Record<string, z.ZodType>;
  values: Record<string, unknown>;
  incoming: Record<string, unknown>;
  isPending: (field: string) => boolean;
}): string[] {
  const { shape, values, incoming, isPending } = input;
  return Object.keys(shape).filter((f) => {
    if (isPending(f)) return false;
    const current = shape[f]!.safeParse(values[f]);
    return current.success && !same(incoming[f], current.data);
  });
}
