// "X needs Y": a process or a resource needs a resource. Added with two selects, removed with undo.
import { useState, type FormEvent } from 'react';
import { SelectField } from '../../components/form/field';
import { useDeleteWithUndo } from '../../components/use-delete-with-undo';
import { useGuardedAction } from '../../components/use-guarded-action';
import { WriteError } from '../../components/write-error';
import type { BiaDependency } from '../../domain/bia';
import { useT } from '../../i18n/use-i18n';
import { addDependency, removeDependency, restoreDependency, type BiaData } from './data';

export function DependenciesSection({ workbookId, data }: { workbookId: string; data: BiaData }) {
  const t = useT();
  const names = namesOf(data);
  const fromOptions = [
    ...data.processes.map((p) => ({ value: `p:${p.id}`, label: p.name })),
    ...data.resources.map((r) => ({ value: `r:${r.id}`, label: r.name })),
  ];
  const toOptions = data.resources.map((r) => ({ value: r.id, label: r.name }));
  const [from, setFrom] = useState('');
  const [to, setTo] = useState('');
  const add = useGuardedAction((f: string, r: string) => addDependency(workbookId, f, r));
  const fromValue = from || fromOptions[0]?.value || '';
  const toValue = to || toOptions[0]?.value || '';
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (fromValue && toValue && fromValue !== `r:${toValue}`) add.start(fromValue, toValue);
  };
  return (
    <section className="page" aria-labelledby="bia-deps-heading">
      <h3 id="bia-deps-heading">{t('bia.dependencies')}</h3>
      {data.dependencies.length === 0 ? (
        <p className="muted">{t('bia.dependenciesEmpty')}</p>
      ) : (
        <ul className="bia-deps">
          {data.dependencies.map((d) => (
            <DependencyRow key={d.id} dependency={d} names={names} />
          ))}
        </ul>
      )}
      {fromOptions.length > 0 && toOptions.length > 0 && (
        <form className="bia-add" onSubmit={submit} noValidate>
          <SelectField
            label={t('bia.dependent')}
            options={fromOptions}
            value={fromValue}
            onChange={(e) => setFrom(e.target.value)}
          />
          <SelectField
            label={t('bia.needs')}
            options={toOptions}
            value={toValue}
            onChange={(e) => setTo(e.target.value)}
          />
          <button type="submit" disabled={add.busy}>
            {t('bia.addDependency')}
          </button>
          <WriteError error={add.error} onRetry={add.retry} />
        </form>
      )}
    </section>
  );
}

/** Names by id, processes and resources alike ("p:" / "r:" keys and bare resource ids). */
export function namesOf(data: Pick<BiaData, 'processes' | 'resources'>) {
  const names = new Map<string, string>();
  for (const p of data.processes) names.set(`p:${p.id}`, p.name);
  for (const r of data.resources) names.set(`r:${r.id}`, r.name);
  return names;
}

function DependencyRow({ dependency, names }: { dependency: BiaDependency; names: Map<string, string> }) {
  const t = useT();
  const fromKey =
    dependency.processId !== null ? `p:${dependency.processId}` : `r:${dependency.dependentResourceId}`;
  const vars = { from: names.get(fromKey) ?? '?', to: names.get(`r:${dependency.resourceId}`) ?? '?' };
  const remove = useDeleteWithUndo({
    remove: () => removeDependency(dependency.id),
    undo: () => restoreDependency(dependency.id),
    text: t('bia.dependencyRemoved'),
  });
  return (
    <li>
      {t('bia.dependencyLine', vars)}{' '}
      <button
        type="button"
        className="secondary"
        disabled={remove.busy}
        onClick={() => remove.start()}
        aria-label={t('bia.removeDependency', vars)}
      >
        {t('common.remove')}
      </button>
      <WriteError error={remove.error} onRetry={remove.retry} />
    </li>
  );
}
