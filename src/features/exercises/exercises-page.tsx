// The Exercises step: the exercise log and the tabletop runner. ?exercise=<id> opens one exercise
// and ?run=<id> one tabletop, so reload and Back keep the planner where they were.
import { useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { useOpenWorkbook } from '../../components/open-workbook';
import { useGo } from '../../components/use-go';
import { useFormat, useT } from '../../i18n/use-i18n';
import { useExerciseLog } from './data';
import { ExerciseEditor } from './exercise-editor';
import { NewExerciseDialog } from './new-exercise-dialog';
import { TabletopRunner } from './tabletop-runner';
import { TabletopStart } from './tabletop-start';
import './exercises.css';

export default function ExercisesPage() {
  const t = useT();
  const fmt = useFormat();
  const workbook = useOpenWorkbook();
  const navigate = useGo();
  const [params] = useSearchParams();
  const openId = params.get('exercise');
  const runId = params.get('run');
  const [adding, setAdding] = useState(false);
  const data = useExerciseLog(workbook.id);
  if (!data) return <p className="loading">{t('common.loading')}</p>;

  if (openId || runId) {
    const exercise = openId ? data.exercises.find((e) => e.id === openId) : undefined;
    const run = runId ? data.runs.find((r) => r.id === runId) : undefined;
    return (
      <div className="exercises">
        <p>
          <Link to="?">{t('exercises.back')}</Link>
        </p>
        {exercise ? (
          <ExerciseEditor key={exercise.id} exercise={exercise} data={data} />
        ) : run ? (
          <TabletopRunner key={run.id} run={run} data={data} />
        ) : (
          <p className="page">{t('exercises.notFound')}</p>
        )}
      </div>
    );
  }

  const sorted = [...data.exercises].sort((a, b) => b.date.localeCompare(a.date));
  return (
    <div className="exercises">
      <section className="page" aria-labelledby="exercises-heading">
        <h2 id="exercises-heading">{t('exercises.heading')}</h2>
        <p>{t('exercises.intro')}</p>
        <div className="card-actions">
          <button type="button" onClick={() => setAdding(true)}>
            {t('exercises.add')}
          </button>
        </div>
        {sorted.length === 0 ? (
          <p className="muted">{t('exercises.none')}</p>
        ) : (
          <div className="table-scroll" tabIndex={0} role="region" aria-label={t('exercises.listCaption')}>
            <table className="exercises-table">
              <caption className="visually-hidden">{t('exercises.listCaption')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('exercises.title')}</th>
                  <th scope="col">{t('exercises.type')}</th>
                  <th scope="col">{t('exercises.date')}</th>
                  <th scope="col">{t('exercises.status')}</th>
                  <th scope="col">{t('exercises.objectivesMet')}</th>
                  <th scope="col">{t('exercises.findings.heading')}</th>
                </tr>
              </thead>
              <tbody>
                {sorted.map((e) => {
                  const objectives = data.objectives.filter((o) => o.exerciseId === e.id);
                  return (
                    <tr key={e.id}>
                      <th scope="row">
                        <Link to={`?exercise=${e.id}`}>{e.title}</Link>
                      </th>
                      <td>{t(`exercises.type.${e.type}`)}</td>
                      <td>{fmt.date(e.date)}</td>
                      <td>{t(`exercises.status.${e.status}`)}</td>
                      <td>
                        {t('exercises.metOf', {
                          met: objectives.filter((o) => o.met === true).length,
                          total: objectives.length,
                        })}
                      </td>
                      <td>{data.findings.filter((f) => f.exerciseId === e.id).length}</td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </div>
        )}
      </section>
      <TabletopStart workbookId={workbook.id} data={data} />
      <NewExerciseDialog
        workbookId={workbook.id}
        open={adding}
        onClose={() => setAdding(false)}
        onCreated={(id) => {
          setAdding(false);
          navigate(`?exercise=${id}`);
        }}
      />
    </div>
  );
}
