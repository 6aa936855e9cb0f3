// The one autosave hook: a react-hook-form form bound to one stored record. Every valid change is
// queued for autosave (no save button; the queue journals it at once, so it survives the page going
// away), invalid fields show their error and are not written, and what another tab, an import or a
// restore stored flows into every field that holds no unsaved edit of this tab (autosave-rules.ts).
import { zodResolver } from '@hookform/resolvers/zod';
import { useEffect, useLayoutEffect, useRef } from 'react';
import {
  useForm,
  type DefaultValues,
  type Field,
  type FieldValues,
  type Path,
  type PathValue,
} from 'react-hook-form';
import type { z } from 'zod';
import { isFieldPending, lastWrittenVersion, queuePatch } from '../../db/autosave';
import type { TableName } from '../../domain/tables';
import { getRecord } from '../../db/records';
import { fieldsToShow, mayBeStale, patchFor, versionKey, type Version } from './autosave-rules';
import { keepWholeSelection } from './keep-selection';

type Options<S extends z.ZodObject> = {
  schema: S;
  table: TableName;
  record: z.input<S> & { id: string; rev?: number; updatedAt?: string };
  /** The record does not exist yet: made with these fixed fields on its first write. */
  create?: Record<string, unknown>;
  /** The fields are checked as a whole (a refinement across them): saved together or not at all. */
  together?: boolean;
};

export function useAutosaveForm<S extends z.ZodObject>({
  schema,
  table,
  record,
  create,
  together = false,
}: Options<S>) {
  type Values = z.input<S> & FieldValues;
  const fields = Object.keys(schema.shape) as (keyof Values & string)[];
  const pick = (r: Record<string, unknown>) => Object.fromEntries(fields.map((f) => [f, r[f]])) as Values;
  const form = useForm<Values, unknown, z.output<S> & FieldValues>({
    // zodResolver's overloads cannot follow a generic schema type; the form's types come from S.
    // eslint-disable-next-line @typescript-eslint/no-explicit-any, @typescript-eslint/no-unsafe-assignment
    resolver: zodResolver(schema as any) as any,
    mode: 'onChange',
    defaultValues: pick(record) as DefaultValues<Values>,
  });
  const recordId = record.id;
  const latest = useRef({ create });
  latest.current = { create };
  // The stored values a change is compared with: the newest snapshot this form took in (`show`),
  // not the record prop, which can be older than a snapshot read afresh from the database (then a
  // value typed back to the prop's would count as unchanged and never be saved, while the
  // database holds the newer one).
  const known = useRef<Record<string, unknown> & { rev?: number }>(record);
  // Set while `show` writes stored values into the form: those are not edits of this tab and must
  // not be queued back (an echo would write an older value over a newer one from another tab).
  const applying = useRef(false);

  // A layout effect subscribes before the browser can deliver any input to the new form; the
  // catch-up pass saves anything typed before the subscription all the same (a fast typist, or a
  // test, on a busy machine).
  useLayoutEffect(() => {
    const shape = schema.shape as Record<string, z.ZodType>;
    const consider = (changed: readonly string[], all: Record<string, unknown>) => {
      if (applying.current) return;
      const { create: fixed } = latest.current;
      const stored = known.current;
      const patch = patchFor({
        shape,
        schema,
        together,
        fields: changed,
        values: all,
        stored,
        isPending: (f) => isFieldPending(table, recordId, f),
      });
      if (patch) queuePatch(table, recordId, patch as never, { baseRev: stored.rev ?? null, create: fixed });
    };
    consider(Object.keys(shape), form.getValues());
    const subscription = form.watch((all, { name }) => {
      if (name) consider([name.split('.')[0]!], all);
    });
    return () => subscription.unsubscribe();
  }, [form, schema, table, recordId, together]);

  // A stored snapshot that is news (another tab, an import, a restore) shows in every field without
  // an unsaved edit of this tab. One that may predate this tab's own write is checked against the
  // database first (see mayBeStale).
  // What is on screen: the version and the values, because a sync merge of two devices' edits can
  // carry the same rev and updatedAt as this tab's own last write with another field changed.
  const shownKey = (r: Version & Record<string, unknown>) => `${versionKey(r)}|${JSON.stringify(pick(r))}`;
  const shown = useRef(shownKey(record));
  const seen = useRef(new Set<string>([versionKey(record)]));
  const show = (incoming: Version & Record<string, unknown>) => {
    seen.current.add(versionKey(incoming));
    known.current = incoming;
    const key = shownKey(incoming);
    if (key === shown.current) return;
    shown.current = key;
    const fieldsNow = fieldsToShow({
      shape: schema.shape,
      values: form.getValues(),
      incoming,
      isPending: (f) => isFieldPending(table, recordId, f),
    });
    applying.current = true;
    try {
      for (const f of fieldsNow) {
        // Someone who selected the whole field to type over it still has it selected afterwards.
        const restore = keepWholeSelection(fieldElement(f));
        form.setValue(f as Path<Values>, incoming[f] as PathValue<Values, Path<Values>>, {
          shouldDirty: false,
        });
        restore();
      }
    } finally {
      applying.current = false;
    }
  };
  const fieldElement = (f: string): unknown => {
    // The element react-hook-form registered for the field (a nested group has no `_f`).
    const field = form.control._fields[f] as Partial<Field> | undefined;
    return field?._f?.ref;
  };
  const showLatest = useRef(show);
  showLatest.current = show;
  useEffect(() => {
    const incoming = record as Version & Record<string, unknown>;
    if (shownKey(incoming) === shown.current) return;
    if (!mayBeStale(incoming, lastWrittenVersion(table, recordId), seen.current)) {
      show(incoming);
      return;
    }
    let live = true;
    void getRecord(table, recordId)
      .then((fresh) => {
        if (live && fresh) showLatest.current(fresh);
      })
      .catch(() => undefined); // The next snapshot brings it.
    return () => {
      live = false;
    };
    // Decided once per stored version (a re-render while typing must not cancel the read).
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [shownKey(record), table, recordId]);

  return form;
}
