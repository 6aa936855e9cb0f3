// The facilitator edits the built script before starting: every inject's time, text and prompt,
// and adds, removes and reorders injects. The typed script is kept on screen; it is stored (through
// the guarded write path) when a field is left, on every add, remove or move, and on Start, and only
// when every field is valid: a bad field shows its message beside it and nothing is lost.
import { useState } from 'react';
import type { Inject, TabletopRun } from '../../domain/exercise';
import { moveItem, scenarioTime } from '../../domain/tabletop-script';
import { TextAreaField, TextField } from '../../components/form/field';
import { useGuardedAction } from '../../components/use-guarded-action';
import { WriteError } from '../../components/write-error';
import { useT } from '../../i18n/use-i18n';
import { updateRun } from './data';
import { injectFormSchema } from './form-schemas';
import { newKey } from './inject-text';

type Draft = { key: string; atMinutes: string; title: string; prompt: string };
type Errors = Partial<Record<'atMinutes' | 'title' | 'prompt', string>>;

const toDraft = (i: Inject): Draft => ({ ...i, atMinutes: String(i.atMinutes) });

function check(d: Draft): { inject?: Inject; errors: Errors } {
  const parsed = injectFormSchema.safeParse({
    atMinutes: d.atMinutes.trim() === '' ? Number.NaN : Number(d.atMinutes),
    title: d.title,
    prompt: d.prompt,
  });
  if (parsed.success) return { inject: { key: d.key, ...parsed.data }, errors: {} };
  const errors: Errors = {};
  for (const issue of parsed.error.issues) errors[issue.path[0] as keyof Errors] ??= issue.message;
  return { errors };
}

export function ScriptEditor({ run, scenarioTitle }: { run: TabletopRun; scenarioTitle: string }) {
  const t = useT();
  const [drafts, setDrafts] = useState<Draft[]>(() => run.injects.map(toDraft));
  const save = useGuardedAction(updateRun);
  const checked = drafts.map(check);
  const valid = checked.every((c) => c.inject);
  const injects = () => checked.map((c) => c.inject!);

  /** Stores a new list (structural changes) when everything in it is valid. */
  const store = (next: Draft[]) => {
    setDrafts(next);
    const all = next.map(check);
    if (all.every((c) => c.inject)) save.start(run.id, { injects: all.map((c) => c.inject!) });
  };
  const edit = (index: number, field: keyof Draft, value: string) =>
    setDrafts((list) => list.map((d, i) => (i === index ? { ...d, [field]: value } : d)));
  const commit = () => {
    if (valid) save.start(run.id, { injects: injects() });
  };
  const start = () => {
    if (!valid || drafts.length === 0) return;
    save.start(run.id, {
      injects: injects(),
      state: 'running',
      current: 0,
      startedAt: run.startedAt ?? new Date().toISOString(),
    });
  };
  const last = drafts.at(-1);
  const add = () =>
    store([
      ...drafts,
      {
        key: newKey(),
        atMinutes: String(last ? (Number(last.atMinutes) || 0) + 60 : 0),
        title: t('exercises.runner.newInject'),
        prompt: '',
      },
    ]);

  return (
    <section className="page" aria-labelledby="script-heading">
      <h2 id="script-heading">{t('exercises.runner.scriptHeading', { scenario: scenarioTitle })}</h2>
      <p className="muted">{t('exercises.runner.scriptIntro')}</p>
      {drafts.length === 0 && <p className="muted">{t('exercises.runner.noInjects')}</p>}
      <ol className="exercises-items exercises-script">
        {drafts.map((d, i) => {
          const errors = checked[i]!.errors;
          const err = (f: keyof Errors) => (errors[f] ? { message: errors[f] } : undefined);
          return (
            <li key={d.key} className="exercises-item" data-testid="script-inject">
              <p className="exercises-inject-time">
                {t('exercises.runner.injectOf', { n: i + 1, total: drafts.length })} ·{' '}
                {checked[i]!.inject ? scenarioTime(checked[i]!.inject.atMinutes) : '…'}
              </p>
              <div className="exercises-inject-fields">
                <TextField
                  type="number"
                  inputMode="numeric"
                  min={0}
                  step={1}
                  label={t('exercises.runner.atMinutes')}
                  value={d.atMinutes}
                  error={err('atMinutes')}
                  onChange={(e) => edit(i, 'atMinutes', e.target.value)}
                  onBlur={commit}
                />
                <TextAreaField
                  rows={2}
                  className="span-2"
                  label={t('exercises.runner.injectTitle')}
                  required
                  value={d.title}
                  error={err('title')}
                  onChange={(e) => edit(i, 'title', e.target.value)}
                  onBlur={commit}
                />
                <TextAreaField
                  rows={2}
                  className="span-2"
                  label={t('exercises.runner.prompt')}
                  value={d.prompt}
                  error={err('prompt')}
                  onChange={(e) => edit(i, 'prompt', e.target.value)}
                  onBlur={commit}
                />
              </div>
              <div
                className="card-actions"
                role="group"
                aria-label={t('exercises.runner.injectOf', { n: i + 1, total: drafts.length })}
              >
                <button
                  type="button"
                  className="secondary"
                  disabled={i === 0}
                  onClick={() => store(moveItem(drafts, i, -1))}
                >
                  {t('exercises.runner.moveUp')}
                </button>
                <button
                  type="button"
                  className="secondary"
                  disabled={i === drafts.length - 1}
                  onClick={() => store(moveItem(drafts, i, 1))}
                >
                  {t('exercises.runner.moveDown')}
                </button>
                <button
                  type="button"
                  className="link-button"
                  onClick={() => store(drafts.filter((_, j) => j !== i))}
                >
                  {t('exercises.runner.remove')}
                </button>
              </div>
            </li>
          );
        })}
      </ol>
      <div className="card-actions">
        <button type="button" className="secondary" onClick={add}>
          {t('exercises.runner.addInject')}
        </button>
        <button type="button" disabled={!valid || drafts.length === 0 || save.busy} onClick={start}>
          {t('exercises.runner.start')}
        </button>
      </div>
      <WriteError error={save.error} onRetry={save.retry} />
    </section>
  );
}
