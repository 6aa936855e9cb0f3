// What the organisation depends on in one area: add, rename, annotate, remove (with undo). A new
// name stays in the field until it is stored.
import { useState, type FormEvent } from 'react';
import { TextField } from '../../components/form/field';
import { useDeleteWithUndo } from '../../components/use-delete-with-undo';
import { useGuardedAction } from '../../components/use-guarded-action';
import { WriteError } from '../../components/write-error';
import type { Area, Dependency } from '../../domain/risk-areas';
import { useT } from '../../i18n/use-i18n';
import {
  addDependency,
  dependencyRowSchema,
  removeDependency,
  restoreDependency,
  useDependencyForm,
} from './data';

export function DependencyList({
  workbookId,
  area,
  items,
}: {
  workbookId: string;
  area: Area;
  items: Dependency[];
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
            <DependencyRow key={d.id} dependency={d} />
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

function DependencyRow({ dependency }: { dependency: Dependency }) {
  const t = useT();
  const form = useDependencyForm(dependency);
  const { errors } = form.formState;
  const remove = useDeleteWithUndo({
    remove: () => removeDependency(dependency.id),
    undo: () => restoreDependency(dependency.id),
    text: t('riskAreas.dependencyRemoved', { name: dependency.name }),
  });
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
    </li>
  );
}
