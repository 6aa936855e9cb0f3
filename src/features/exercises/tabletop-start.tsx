// Starting point of the tabletop runner: pick a scenario and the app builds the script from the
// workbook; tabletops already in preparation or running can be continued or discarded (with Undo).
import { useId, useState } from 'react';
import { Link } from 'react-router';
import type { TabletopRun } from '../../domain/exercise';
import { buildTabletopScript } from '../../domain/tabletop-script';
import { useDeleteWithUndo } from '../../components/use-delete-with-undo';
import { useGo } from '../../components/use-go';
import { useGuardedAction } from '../../components/use-guarded-action';
import { WriteError } from '../../components/write-error';
import { useT } from '../../i18n/use-i18n';
import { createRun, removeRun, restoreRun, useScriptSources, type ExerciseLogData } from './data';
import { injectsInWords } from './inject-text';

export function TabletopStart({ workbookId, data }: { workbookId: string; data: ExerciseLogData }) {
  const t = useT();
  const navigate = useGo();
  const selectId = useId();
  const sources = useScriptSources(workbookId);
  const [scenarioId, setScenarioId] = useState('');
  const create = useGuardedAction(createRun, { onSuccess: (run) => navigate(`?run=${run.id}`) });
  const scenario = data.scenarios.find((s) => s.id === scenarioId);
  const prepare = () => {
    if (!scenario || !sources) return;
    const script = buildTabletopScript({ scenario, ...sources });
    create.start(workbookId, scenario.id, injectsInWords(script, scenario.title, t));
  };
  const open = data.runs.filter((r) => r.state !== 'finished');
  return (
    <section className="page" aria-labelledby="runner-heading">
      <h2 id="runner-heading">{t('exercises.runner.heading')}</h2>
      <p>{t('exercises.runner.intro')}</p>
      {data.scenarios.length === 0 ? (
        <p className="muted">{t('exercises.runner.noScenarios')}</p>
      ) : (
        <div className="exercises-add">
          <div className="field">
            <label htmlFor={selectId}>{t('exercises.runner.scenario')}</label>
            <select id={selectId} value={scenarioId} onChange={(e) => setScenarioId(e.target.value)}>
              <option value="">{t('exercises.runner.chooseScenario')}</option>
              {data.scenarios.map((s) => (
                <option key={s.id} value={s.id}>
                  {s.title}
                </option>
              ))}
            </select>
          </div>
          <button type="button" disabled={!scenario || !sources || create.busy} onClick={prepare}>
            {t('exercises.runner.prepare')}
          </button>
        </div>
      )}
      <WriteError error={create.error} onRetry={create.retry} />
      {open.length > 0 && (
        <>
          <h3>{t('exercises.runner.inProgress')}</h3>
          <ul className="exercises-items">
            {open.map((run) => (
              <OpenRun
                key={run.id}
                run={run}
                scenarioTitle={data.scenarios.find((s) => s.id === run.scenarioId)?.title ?? ''}
              />
            ))}
          </ul>
        </>
      )}
    </section>
  );
}

function OpenRun({ run, scenarioTitle }: { run: TabletopRun; scenarioTitle: string }) {
  const t = useT();
  const discard = useDeleteWithUndo({
    remove: () => removeRun(run.id),
    undo: () => restoreRun(run.id),
    text: t('exercises.runner.discarded', { scenario: scenarioTitle }),
  });
  return (
    <li className="exercises-item exercises-open-run">
      <Link to={`?run=${run.id}`}>{t('exercises.runner.continue', { scenario: scenarioTitle })}</Link>
      <button type="button" className="link-button" disabled={discard.busy} onClick={() => discard.start()}>
        {t('exercises.runner.discard')}
      </button>
      <WriteError error={discard.error} onRetry={discard.retry} />
    </li>
  );
}
