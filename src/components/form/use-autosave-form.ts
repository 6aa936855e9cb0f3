// A react-hook-form form bound to one stored record: every valid change is queued for autosave
// (no save button), invalid fields show their error and are not written, and changes made in
// another tab flow into every field that holds no unsaved edit of this tab.
import { zodResolver } from '@hookform/resolvers/zod';
import { useEffect, useLayoutEffect, useRef } from 'react';
import { useForm, type DefaultValues, type FieldValues, type Path, type PathValue } from 'react-hook-form';
import type { z } from 'zod';
import { isFieldPending, lastWrittenRev, queuePatch } from '../../db/autosave';
import type { TableName } from '../../domain/tables';

type Options<S extends z.ZodObject> = {
  schema: S;
  table: TableName;
  record: z.input<S> & { id: string; rev?: number };
};

export function useAutosaveForm<S extends z.ZodObject>({ schema, table, record }: Options<S>) {
  type Values = z.input<S> & FieldValues;
  const fields = Object.keys(schema.shape) as (keyof Values & string)[];
  const pick = (r: Record<string, unknown>) => Object.fromEntries(fields.map((f) => [f, r[f]])) as Values;
  const form = useForm<Values, unknown, z.output<S> & FieldValues>({
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    resolver: zodResolver(schema as any) as any,
    mode: 'onChange',
    defaultValues: pick(record) as DefaultValues<Values>,
  });
  const recordId = record.id;
  const latest = useRef(record);
  latest.current = record;

  // A layout effect subscribes before the browser can deliver any input to the new form; the
  // catch-up pass saves anything typed before the subscription all the same (a fast typist, or a
  // test, on a busy machine).
  useLayoutEffect(() => {
    const consider = (top: string, all: Record<string, unknown>) => {
      const fieldSchema = schema.shape[top] as z.ZodType | undefined;
      if (!fieldSchema) return;
      const parsed = fieldSchema.safeParse(all[top]);
      if (!parsed.success) return;
      const stored = (latest.current as Record<string, unknown>)[top];
      // Equal to the stored value: nothing to write, unless an edit of the field is still queued
      // (typed then undone within the save delay: the undo must win).
      if (JSON.stringify(stored) === JSON.stringify(parsed.data) && !isFieldPending(table, recordId, top)) {
        return;
      }
      queuePatch(table, recordId, { [top]: parsed.data } as never);
    };
    const now = form.getValues() as Record<string, unknown>;
    for (const field of Object.keys(schema.shape)) consider(field, now);
    const subscription = form.watch((all, { name }) => {
      if (name) consider(name.split('.')[0]!, all as Record<string, unknown>);
    });
    return () => subscription.unsubscribe();
  }, [form, schema, table, recordId]);

  // Another tab (or another part of the app) changed the record: show it in every field, the
  // focused one too (a field left focused must not show a stale value for ever), except where this
  // tab holds an unsaved edit: queued or being written (it lands after, and wins), or invalid (the
  // user's own text, shown with its error). So nobody's typing is overwritten.
  const lastRev = useRef(record.rev);
  useEffect(() => {
    if (record.rev === lastRev.current) return;
    // A snapshot from before this tab's own last write: the newer one is on its way.
    const written = lastWrittenRev(table, recordId);
    if (written !== undefined && (record.rev ?? 0) < written) return;
    lastRev.current = record.rev;
    for (const f of fields) {
      if (isFieldPending(table, recordId, f)) continue;
      const current = (schema.shape[f] as z.ZodType).safeParse(form.getValues(f as Path<Values>));
      if (!current.success) continue;
      const incoming = (record as Record<string, unknown>)[f];
      if (JSON.stringify(incoming) !== JSON.stringify(current.data)) {
        form.setValue(f as Path<Values>, incoming as PathValue<Values, Path<Values>>, { shouldDirty: false });
      }
    }
  });

  return form;
}
