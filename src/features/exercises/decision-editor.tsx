// One logged decision edited in place, inside the runner's decision log: its clock time and its
// four texts, each checked beside the field as it is typed. Every valid change goes into the run's
// autosaved decision list (the one autosave hook), so nothing needs a save button and a reload or
// a finish keeps it; an invalid field keeps the typed text on screen and is not written. Esc or
// Enter closes the editor once it is valid (the keys are the field's, never the runner's shortcuts).
import { zodResolver } from '@hookform/resolvers/zod';
import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import { useForm, type UseFormReturn } from 'react-hook-form';
import type { z } from 'zod';
import { TextAreaField, TextField } from '../../components/form/field';
import { editDecisionIn, parseClock } from '../../domain/decision-log';
import type { Decision } from '../../domain/exercise';
import { clockText } from '../../domain/tabletop-script';
import { useT } from '../../i18n/use-i18n';
import { reportUnexpected } from '../../lib/unexpected-error';
import type { useDecisionsForm } from './data';
import { decisionEditSchema } from './form-schemas';

type Props = {
  decision: Decision;
  /** The run's autosaved decision list. */
  list: ReturnType<typeof useDecisionsForm>;
  onDone: () => void;
};
type Values = z.input<typeof decisionEditSchema>;

export function DecisionEditor({ decision, list, onDone }: Props) {
  const t = useT();
  const form: UseFormReturn<Values, unknown, z.output<typeof decisionEditSchema>> = useForm({
    resolver: zodResolver(decisionEditSchema),
    mode: 'onChange',
    defaultValues: {
      time: clockText(decision.atSeconds),
      decision: decision.decision,
      owner: decision.owner,
      reasoning: decision.reasoning,
      followUp: decision.followUp,
    },
  });
  const formEl = useRef<HTMLFormElement>(null);
  useEffect(() => {
    // On a phone the log's region scrolls sideways and may stand at the Edit button (its last
    // column). The editor is pinned to the region's left edge, so the region goes back to the
    // start, where the column headings match the entries around it; focus then does not scroll.
    const el = formEl.current;
    el?.querySelector('input')?.focus({ preventScroll: true });
    el?.scrollIntoView({ block: 'nearest' });
    el?.closest('.table-scroll')?.scrollTo({ left: 0 });
  }, []);
  // Named by the decision as it was when the editor opened: a name that changes with each
  // keystroke would be announced again and again.
  const [name] = useState(() => decision.decision.slice(0, 60));
  useEffect(() => {
    const subscription = form.watch((values) => {
      const parsed = decisionEditSchema.safeParse(values);
      if (!parsed.success) return;
      const { time, ...texts } = parsed.data;
      // The list holds stored decisions (every default filled in), typed here as the form's input.
      const stored = list.getValues('decisions') as Decision[];
      const next = editDecisionIn(stored, decision.key, {
        ...texts,
        atSeconds: parseClock(time)!,
      });
      list.setValue('decisions', next, { shouldDirty: true });
    });
    return () => subscription.unsubscribe();
  }, [form, list, decision.key]);

  const { errors } = form.formState;
  // Closing keeps what is typed: with a field still invalid the editor stays, its message beside it.
  const close = () => {
    if (decisionEditSchema.safeParse(form.getValues()).success) onDone();
    else form.trigger().catch(reportUnexpected);
  };
  const onKeyDown = (e: KeyboardEvent) => {
    // Esc closes the editor; it must not reach the runner (which would leave full screen).
    if (e.key !== 'Escape') return;
    e.preventDefault();
    e.stopPropagation();
    close();
  };
  return (
    <form
      ref={formEl}
      className="form-grid exercises-decision-editor"
      noValidate
      aria-label={t('exercises.runner.editing', { decision: name })}
      onKeyDown={onKeyDown}
      onSubmit={(e) => {
        e.preventDefault();
        close();
      }}
    >
      <TextField
        className="span-2"
        label={t('exercises.runner.decision')}
        required
        error={errors.decision}
        {...form.register('decision')}
      />
      <TextField
        label={t('exercises.runner.time')}
        hint={t('exercises.runner.timeHint')}
        inputMode="numeric"
        error={errors.time}
        {...form.register('time')}
      />
      <TextField label={t('exercises.runner.owner')} error={errors.owner} {...form.register('owner')} />
      <TextField
        className="span-2"
        label={t('exercises.runner.followUp')}
        error={errors.followUp}
        {...form.register('followUp')}
      />
      <TextAreaField
        className="span-2"
        label={t('exercises.runner.reasoning')}
        error={errors.reasoning}
        {...form.register('reasoning')}
      />
      <div className="span-2 card-actions">
        <button type="submit">{t('exercises.runner.doneEditing')}</button>
      </div>
    </form>
  );
}
