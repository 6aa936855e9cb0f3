// A react-hook-form form bound to one stored record: every valid change is queued for autosave
// (no save button), invalid fields show their error and are not written, and changes made in
// another tab flow into fields the user is not editing.
import { zodResolver } from '@hookform/resolvers/zod';
import { useEffect, useRef } from 'react';
import { useForm, type DefaultValues, type FieldValues, type Path, type PathValue } from 'react-hook-form';
import type { z } from 'zod';
import { queuePatch } from '../../db/autosave';
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

  useEffect(() => {
    const subscription = form.watch((all, { name }) => {
      if (!name) return;
      const top = name.split('.')[0]!;
      const fieldSchema = schema.shape[top] as z.ZodType | undefined;
      if (!fieldSchema) return;
      const parsed = fieldSchema.safeParse((all as Record<string, unknown>)[top]);
      if (!parsed.success) return;
      const stored = (latest.current as Record<string, unknown>)[top];
      if (JSON.stringify(stored) === JSON.stringify(parsed.data)) return;
      queuePatch(table, recordId, { [top]: parsed.data } as never);
    });
    return () => subscription.unsubscribe();
  }, [form, schema, table, recordId]);

  // Another tab (or another part of the app) changed the record: show it, except in the field
  // that has focus, so nobody's typing is overwritten.
  const lastRev = useRef(record.rev);
  useEffect(() => {
    if (record.rev === lastRev.current) return;
    lastRev.current = record.rev;
    const focusedName = (document.activeElement as HTMLInputElement | null)?.name?.split('.')[0];
    for (const f of fields) {
      if (f === focusedName) continue;
      const incoming = (record as Record<string, unknown>)[f];
      const current = form.getValues(f as Path<Values>);
      if (JSON.stringify(incoming) !== JSON.stringify(current)) {
        form.setValue(f as Path<Values>, incoming as PathValue<Values, Path<Values>>, { shouldDirty: false });
      }
    }
  });

  return form;
}
