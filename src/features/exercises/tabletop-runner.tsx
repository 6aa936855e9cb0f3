// One tabletop: the script editor before the start, the facilitator view while it runs, and a link
// to the exercise record once it is finished. The run's state is a stored record, so a reload
// comes back to the same inject with the clock still counting from the start.
import { Link } from 'react-router';
import type { TabletopRun } from '../../domain/exercise';
import { useT } from '../../i18n/use-i18n';
import type { ExerciseLogData } from './data';
import { FacilitatorView } from './facilitator-view';
import { ScriptEditor } from './script-editor';

export function TabletopRunner({ run, data }: { run: TabletopRun; data: ExerciseLogData }) {
  const t = useT();
  const scenarioTitle = data.scenarios.find((s) => s.id === run.scenarioId)?.title ?? '';
  if (run.state === 'editing') return <ScriptEditor run={run} scenarioTitle={scenarioTitle} />;
  if (run.state === 'running') return <FacilitatorView run={run} scenarioTitle={scenarioTitle} />;
  const exercise = data.exercises.find((e) => e.id === run.exerciseId);
  return (
    <section className="page">
      {exercise ? (
        <Link to={`?exercise=${exercise.id}`}>{exercise.title}</Link>
      ) : (
        <p>{t('exercises.notFound')}</p>
      )}
    </section>
  );
}
