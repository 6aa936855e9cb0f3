// The runner's decision log: a form that logs a decision at the current clock time and inject, and
// the log itself, where each entry can be edited in place (decision-editor.tsx) or removed with
// Undo. The Undo is the app's toast; in full screen the page's toasts are out of sight, so the log
// also offers it on a line of its own. Keyboard: Tab reaches each entry's Edit and Remove; focus
// goes into the editor, and back to the entry's Edit button when the editor closes.
import { useEffect, useRef, useState, type FormEvent, type RefObject } from 'react';
import type { Decision, TabletopRun } from '../../domain/exercise';
import { clockText, scenarioTime } from '../../domain/tabletop-script';
import { TextAreaField, TextField } from '../../components/form/field';
import { useDeleteWithUndo } from '../../components/use-delete-with-undo';
import { useGuardedAction } from '../../components/use-guarded-action';
import { WriteError } from '../../components/write-error';
import { useT } from '../../i18n/use-i18n';
import { logDecision, removeDecision, restoreDecision, useDecisionsForm } from './data';
import { DecisionEditor } from './decision-editor';
import { decisionFormSchema } from './form-schemas';
import { newKey } from './inject-text';

type LogProps = {
  run: TabletopRun;
  seconds: number;
  injectKey: string | null;
  formRef: RefObject<HTMLFormElement | null>;
  /** The runner fills the screen: the page's toasts cannot be seen. */
  fullScreen: boolean;
};

const emptyDecision = { decision: '', owner: '', reasoning: '', followUp: '' };
type Fields = typeof emptyDecision;
type Removed = { decision: Decision; index: number };

export function DecisionLog({ run, seconds, injectKey, formRef, fullScreen }: LogProps) {
  const t = useT();
  const [values, setValues] = useState<Fields>(emptyDecision);
  const [errors, setErrors] = useState<Partial<Record<keyof Fields, string>>>({});
  const [editing, setEditing] = useState<string | null>(null);
  const [removed, setRemoved] = useState<Removed | null>(null);
  const list = useDecisionsForm(run);
  const heading = useRef<HTMLHeadingElement>(null);
  const editButtons = useRef(new Map<string, HTMLButtonElement>());
  const focusNext = useRef<string | null>(null);
  useEffect(() => {
    // After the editor closed: back to the entry's Edit button (it exists again only now).
    if (focusNext.current === null) return;
    editButtons.current.get(focusNext.current)?.focus();
    focusNext.current = null;
  });
  const save = useGuardedAction(logDecision, { onSuccess: () => setValues(emptyDecision) });
  const undo = useGuardedAction(restoreDecision, { onSuccess: () => setRemoved(null) });
  const set = (field: keyof Fields, value: string) => setValues((v) => ({ ...v, [field]: value }));
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const parsed = decisionFormSchema.safeParse(values);
    if (!parsed.success) {
      const next: typeof errors = {};
      for (const issue of parsed.error.issues) next[issue.path[0] as keyof Fields] ??= issue.message;
      setErrors(next);
      return;
    }
    setErrors({});
    const decision: Decision = { key: newKey(), atSeconds: seconds, injectKey, ...parsed.data };
    save.start(run.id, decision);
  };
  const err = (f: keyof Fields) => (errors[f] ? { message: errors[f] } : undefined);
  const injectTime = (key: string | null) => {
    const i = run.injects.find((x) => x.key === key);
    return i ? ` (${scenarioTime(i.atMinutes)})` : '';
  };
  const onRemoved = (entry: Removed) => {
    setRemoved(entry);
    if (editing === entry.decision.key) setEditing(null);
    heading.current?.focus();
  };
  return (
    <div className="exercises-decisions">
      <h3 ref={heading} tabIndex={-1}>
        {t('exercises.runner.decisionHeading')}
      </h3>
      <form
        ref={formRef}
        className="form-grid"
        noValidate
        onSubmit={submit}
        aria-label={t('exercises.runner.decisionHeading')}
      >
        <TextField
          className="span-2"
          label={t('exercises.runner.decision')}
          required
          value={values.decision}
          error={err('decision')}
          onChange={(e) => set('decision', e.target.value)}
        />
        <TextField
          label={t('exercises.runner.owner')}
          value={values.owner}
          error={err('owner')}
          onChange={(e) => set('owner', e.target.value)}
        />
        <TextField
          label={t('exercises.runner.followUp')}
          value={values.followUp}
          error={err('followUp')}
          onChange={(e) => set('followUp', e.target.value)}
        />
        <TextAreaField
          className="span-2"
          label={t('exercises.runner.reasoning')}
          value={values.reasoning}
          error={err('reasoning')}
          onChange={(e) => set('reasoning', e.target.value)}
        />
        <div className="span-2 card-actions">
          <button type="submit" disabled={save.busy}>
            {t('exercises.runner.logDecision')}
          </button>
        </div>
      </form>
      <WriteError error={save.error} onRetry={save.retry} />
      {fullScreen && removed && !run.decisions.some((d) => d.key === removed.decision.key) && (
        <p className="exercises-undo-line" role="status">
          {t('exercises.runner.decisionRemoved', { decision: removed.decision.decision })}{' '}
          <button
            type="button"
            className="secondary"
            disabled={undo.busy}
            onClick={() => undo.start(run.id, removed.decision, removed.index)}
          >
            {t('common.undo')}
          </button>
        </p>
      )}
      <WriteError error={undo.error} onRetry={undo.retry} />
      {run.decisions.length === 0 ? (
        <p className="muted">{t('exercises.runner.noDecisions')}</p>
      ) : (
        <div
          className="table-scroll"
          tabIndex={0}
          role="region"
          aria-label={t('exercises.runner.decisionsCaption')}
        >
          <table>
            <caption className="visually-hidden">{t('exercises.runner.decisionsCaption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('exercises.runner.time')}</th>
                <th scope="col">{t('exercises.runner.decision')}</th>
                <th scope="col">{t('exercises.runner.owner')}</th>
                <th scope="col">{t('exercises.runner.reasoning')}</th>
                <th scope="col">{t('exercises.runner.followUp')}</th>
                <th scope="col">
                  <span className="visually-hidden">{t('exercises.runner.entryActions')}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {run.decisions.map((d, index) =>
                editing === d.key ? (
                  <tr key={d.key}>
                    <td colSpan={6}>
                      <DecisionEditor
                        decision={d}
                        list={list}
                        onDone={() => {
                          focusNext.current = d.key;
                          setEditing(null);
                        }}
                      />
                    </td>
                  </tr>
                ) : (
                  <DecisionRow
                    key={d.key}
                    run={run}
                    decision={d}
                    index={index}
                    time={`${clockText(d.atSeconds)}${injectTime(d.injectKey)}`}
                    editRef={(el) => {
                      if (el) editButtons.current.set(d.key, el);
                      else editButtons.current.delete(d.key);
                    }}
                    onEdit={() => setEditing(d.key)}
                    onRemoved={onRemoved}
                  />
                ),
              )}
            </tbody>
          </table>
        </div>
      )}
    </div>
  );
}

type RowProps = {
  run: TabletopRun;
  decision: Decision;
  index: number;
  time: string;
  editRef: (el: HTMLButtonElement | null) => void;
  onEdit: () => void;
  onRemoved: (entry: Removed) => void;
};

function DecisionRow({ run, decision: d, index, time, editRef, onEdit, onRemoved }: RowProps) {
  const t = useT();
  const remove = useDeleteWithUndo({
    remove: () => removeDecision(run.id, d.key),
    undo: () => restoreDecision(run.id, d, index),
    text: t('exercises.runner.decisionRemoved', { decision: d.decision }),
    onDeleted: () => onRemoved({ decision: d, index }),
  });
  const name = d.decision.slice(0, 60);
  return (
    <tr>
      <td>{time}</td>
      <td>{d.decision}</td>
      <td>{d.owner}</td>
      <td>{d.reasoning}</td>
      <td>{d.followUp}</td>
      <td>
        <div className="exercises-entry-actions">
          <button
            ref={editRef}
            type="button"
            className="secondary"
            aria-label={t('exercises.runner.editDecision', { decision: name })}
            onClick={onEdit}
          >
            {t('exercises.runner.edit')}
          </button>
          <button
            type="button"
            className="link-button"
            disabled={remove.busy}
            aria-label={t('exercises.runner.removeDecision', { decision: name })}
            onClick={() => remove.start()}
          >
            {t('exercises.runner.remove')}
          </button>
        </div>
        {remove.error && <WriteError error={remove.error} onRetry={remove.retry} />}
      </td>
    </tr>
  );
}
