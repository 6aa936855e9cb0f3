// The create dialog every feature uses: a zod-validated form in a modal, kept as a draft while it
// holds typed text (restored when opened again), saved through a guarded write; the text is
// cleared only once the write succeeded, and a failure is shown in the dialog with a Retry.
import { zodResolver } from '@hookform/resolvers/zod';
import { useState, type FormEvent, type ReactNode } from 'react';
import {
  useForm,
  type DefaultValues,
  type FieldValues,
  type Resolver,
  type UseFormReturn,
} from 'react-hook-form';
import type { z } from 'zod';
import type { WriteOutcome } from '../../db/guarded-write';
import { useT } from '../../i18n/use-i18n';
import { reportUnexpected } from '../../lib/unexpected-error';
import { Dialog } from '../dialog';
import { useGuardedAction } from '../use-guarded-action';
import { WriteError } from '../write-error';
import { clearDraft, readDraft, useFormDraft } from './drafts';

type Props<S extends z.ZodType<FieldValues, FieldValues>, R> = {
  open: boolean;
  onClose: () => void;
  title: string;
  wide?: boolean;
  schema: S;
  /** The values of an untouched form. */
  empty: z.input<S>;
  /** Where the draft is kept, e.g. `${workbookId}:new-incident`. */
  draftKey: string;
  submitLabel: string;
  /** The feature's guarded write (e.g. addIncident). */
  save: (values: z.output<S>) => Promise<WriteOutcome<R>>;
  onSaved?: (value: R) => void;
  children: (form: UseFormReturn<z.input<S>, unknown, z.output<S>>) => ReactNode;
};

export function FormDialog<S extends z.ZodType<FieldValues, FieldValues>, R>({
  open,
  onClose,
  title,
  wide,
  schema,
  empty,
  draftKey,
  submitLabel,
  save,
  onSaved,
  children,
}: Props<S, R>) {
  type In = z.input<S>;
  type Out = z.output<S>;
  const t = useT();
  const [draft] = useState(() => readDraft<In>(draftKey));
  const form = useForm<In, unknown, Out>({
    resolver: zodResolver(schema as never) as unknown as Resolver<In, unknown, Out>,
    defaultValues: (draft ?? empty) as DefaultValues<In>,
  });
  const { restored, forget } = useFormDraft(form, draftKey, empty, draft !== null);
  const action = useGuardedAction(save, {
    onSuccess: (value) => {
      clearDraft(draftKey);
      form.reset(empty);
      forget();
      onSaved?.(value);
    },
  });
  const submit = (e?: FormEvent) => {
    form
      .handleSubmit(async (values) => {
        await action.run(values);
      })(e)
      .catch(reportUnexpected);
  };
  const cancel = () => {
    // Cancel is the deliberate way to drop the text; Escape keeps it as a draft.
    clearDraft(draftKey);
    form.reset(empty);
    forget();
    onClose();
  };
  const busy = action.busy || form.formState.isSubmitting;
  return (
    <Dialog open={open} onClose={onClose} title={title} wide={wide}>
      <form noValidate onSubmit={submit}>
        {restored && <p className="field-hint">{t('save.draftRestored')}</p>}
        {children(form)}
        <WriteError error={action.error} onRetry={() => submit()} />
        <div className="form-actions">
          <button type="submit" disabled={busy}>
            {submitLabel}
          </button>
          <button type="button" className="secondary" onClick={cancel}>
            {t('common.cancel')}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
