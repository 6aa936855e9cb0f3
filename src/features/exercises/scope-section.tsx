// What an exercise covers: the scenarios played, and the BIA processes and response roles taking
// part. Each tick saves the whole list at once through the guarded write path.
import { useEffect, useState } from 'react';
import type { Exercise } from '../../domain/exercise';
import { reportUnexpected } from '../../lib/unexpected-error';
import { useGuardedAction } from '../../components/use-guarded-action';
import { WriteError } from '../../components/write-error';
import { useT } from '../../i18n/use-i18n';
import { setScope, type ExerciseLogData } from './data';

type Field = 'scenarioIds' | 'processIds' | 'roleIds';

export function ScopeSection({ exercise, data }: { exercise: Exercise; data: ExerciseLogData }) {
  const t = useT();
  // A tick shows at once; the stored lists take over again when the record's revision changes
  // (this write landed, or another tab wrote), and a failed write puts the stored lists back.
  const [ticked, setTicked] = useState<Partial<Record<Field, string[]>>>({});
  useEffect(() => setTicked({}), [exercise.rev]);
  const save = useGuardedAction(setScope);
  const change = (field: Field, ids: string[]) => {
    setTicked((t) => ({ ...t, [field]: ids }));
    save.run(exercise.id, field, ids).then((outcome) => {
      if (!outcome.ok) setTicked({});
    }, reportUnexpected);
  };
  const groups: { field: Field; legend: string; empty: string; options: { id: string; label: string }[] }[] =
    [
      {
        field: 'scenarioIds',
        legend: t('exercises.scope.scenarios'),
        empty: t('exercises.scope.noScenarios'),
        options: data.scenarios.map((s) => ({ id: s.id, label: s.title })),
      },
      {
        field: 'processIds',
        legend: t('exercises.scope.processes'),
        empty: t('exercises.scope.noProcesses'),
        options: data.processes.map((p) => ({ id: p.id, label: p.name })),
      },
      {
        field: 'roleIds',
        legend: t('exercises.scope.roles'),
        empty: t('exercises.scope.noRoles'),
        options: data.roles.map((r) => ({
          id: r.id,
          label: r.name || t(`exercises.role.${r.kind}`),
        })),
      },
    ];
  return (
    <section className="page" aria-labelledby="scope-heading">
      <h2 id="scope-heading">{t('exercises.scope.heading')}</h2>
      <div className="exercises-scope">
        {groups.map((g) => {
          const chosen = ticked[g.field] ?? exercise[g.field];
          return (
            <fieldset key={g.field} className="exercises-check-group">
              <legend>{g.legend}</legend>
              {g.options.length === 0 && <p className="muted">{g.empty}</p>}
              {g.options.map((o) => (
                <label key={o.id} className="exercises-check">
                  <input
                    type="checkbox"
                    checked={chosen.includes(o.id)}
                    onChange={(e) =>
                      change(
                        g.field,
                        e.target.checked
                          ? g.options.map((x) => x.id).filter((id) => id === o.id || chosen.includes(id))
                          : chosen.filter((id) => id !== o.id),
                      )
                    }
                  />{' '}
                  {o.label}
                </label>
              ))}
            </fieldset>
          );
        })}
      </div>
      <WriteError error={save.error} onRetry={save.retry} />
    </section>
  );
}
