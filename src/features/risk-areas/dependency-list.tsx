// What the organisation depends on in one area: add, rename, annotate, remove (with undo). A new
// name stays in the field until it is stored. Each row shows the BIA resource that stands for the
// dependency ("In the BIA: ERP, recovers in 8 h", linked to the BIA step), or offers to put it there.
import { useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import { TextField } from '../../components/form/field';
import { showToast } from '../../components/toast';
import { runUndo } from '../../components/use-delete-with-undo';
import { useGuardedAction } from '../../components/use-guarded-action';
import { WriteError } from '../../components/write-error';
import type { BiaResource } from '../../domain/bia';
import { sameName } from '../../domain/bia-links';
import type { Area, Dependency } from '../../domain/risk-areas';
import { useT, type T } from '../../i18n/use-i18n';
import {
  addDependency,
  dependencyRowSchema,
  linkDependency,
  removeDependency,
  restoreDependency,
  useDependencyForm,
  type Removal,
} from './data';

const none: readonly BiaResource[] = [];

export function DependencyList({
  workbookId,
  area,
  items,
  linked,
}: {
  workbookId: string;
  area: Area;
  items: Dependency[];
  /** Per dependency id, the live BIA resources that stand for it. */
  linked: ReadonlyMap<string, readonly BiaResource[]>;
}) {
  const t = useT();
  const [name, setName] = useState('');
  const [error, setError] = useState<string | undefined>();
  const headingId = `deps-${area}`;
  const add = useGuardedAction(addDependency, { onSuccess: () => setName('') });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const parsed = dependencyRowSchema.shape.name.safeParse(name);
    if (!parsed.success) {
      setError(parsed.error.issues[0]!.message);
      return;
    }
    // One entry per name: a second would make a second BIA resource for the same thing.
    if (items.some((d) => sameName(d.name, parsed.data))) {
      setError(t('riskAreas.errors.duplicate', { name: parsed.data }));
      return;
    }
    setError(undefined);
    add.start(workbookId, area, parsed.data);
  };
  return (
    <section className="risk-areas-deps" aria-labelledby={headingId}>
      <h3 id={headingId}>{t.loose(`riskAreas.dependencies.${area}`)}</h3>
      <p className="field-hint">{t('riskAreas.dependencies.hint')}</p>
      {items.length === 0 ? (
        <p className="muted">{t('riskAreas.dependencies.empty')}</p>
      ) : (
        <ul className="risk-areas-dep-list">
          {items.map((d) => (
            <DependencyRow key={d.id} dependency={d} linked={linked.get(d.id) ?? none} />
          ))}
        </ul>
      )}
      <form className="risk-areas-dep-add" onSubmit={submit} noValidate>
        <TextField
          label={t('riskAreas.newDependencyName')}
          value={name}
          error={error ? { message: error } : undefined}
          onChange={(e) => setName(e.target.value)}
        />
        <button type="submit" disabled={add.busy}>
          {t('riskAreas.addDependency')}
        </button>
      </form>
      <WriteError error={add.error} onRetry={add.retry} />
    </section>
  );
}

/** The toast after a removal says what happened to the BIA resource. */
function removalText(t: T, name: string, removal: Removal) {
  const kept = removal.kept[0];
  if (kept) {
    const vars = { name, resource: kept.name, count: kept.processes };
    if (kept.processes === 0) return t('riskAreas.link.keptDetails', vars);
    return t(kept.processes === 1 ? 'riskAreas.link.keptOne' : 'riskAreas.link.keptMany', vars);
  }
  if (removal.removedResourceIds.length > 0) return t('riskAreas.link.removedWith', { name });
  return t('riskAreas.dependencyRemoved', { name });
}

function DependencyRow({ dependency, linked }: { dependency: Dependency; linked: readonly BiaResource[] }) {
  const t = useT();
  const form = useDependencyForm(dependency, linked);
  const { errors } = form.formState;
  const remove = useGuardedAction(() => removeDependency(dependency.id), {
    onSuccess: (removal) =>
      showToast({
        text: removalText(t, dependency.name, removal),
        actionLabel: t('common.undo'),
        onAction: () => runUndo(() => restoreDependency(dependency.id, removal), t),
      }),
  });
  const link = useGuardedAction(linkDependency);
  return (
    <li className="risk-areas-dep">
      <TextField
        label={t('riskAreas.dependencyName')}
        required
        error={errors.name}
        {...form.register('name')}
      />
      <TextField label={t('riskAreas.dependencyNotes')} error={errors.notes} {...form.register('notes')} />
      <button
        type="button"
        className="secondary"
        disabled={remove.busy}
        onClick={() => remove.start()}
        aria-label={t('riskAreas.removeDependency', { name: dependency.name })}
      >
        {t('common.remove')}
      </button>
      <WriteError error={remove.error} onRetry={remove.retry} />
      <div className="risk-areas-dep-links" data-testid="bia-link">
        {linked.length === 0 ? (
          <p>
            {t('riskAreas.link.none')}{' '}
            <button
              type="button"
              className="secondary"
              disabled={link.busy}
              onClick={() => link.start(dependency.id)}
              aria-label={t('riskAreas.link.putNamed', { name: dependency.name })}
            >
              {t('riskAreas.link.put')}
            </button>
          </p>
        ) : (
          linked.map((r) => (
            <p key={r.id}>
              {t('riskAreas.link.inBia')} <Link to={`/w/${r.workbookId}/bia`}>{r.name}</Link>
              {', '}
              {r.recoveryHours === null
                ? t('riskAreas.link.noRecovery')
                : t('riskAreas.link.recovers', { hours: r.recoveryHours })}
            </p>
          ))
        )}
        <WriteError error={link.error} onRetry={link.retry} />
      </div>
    </li>
  );
}
