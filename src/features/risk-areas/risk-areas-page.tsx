// The risk areas step: one page per area (people, location, systems) with guidance, the questions
// and their readiness ratings, and what the organisation depends on in that area.
import { NavLink, useParams } from 'react-router';
import { useOpenWorkbook } from '../../components/open-workbook';
import { currentAnswerFor } from '../../domain/answers';
import { areaAnswerId, areaQuestions, areas, areaSchema, type Area } from '../../domain/risk-areas';
import { useT } from '../../i18n/use-i18n';
import { AreaQuestion } from './area-question';
import { useAreaAnswers, useDependencies } from './data';
import { DependencyList } from './dependency-list';
import './risk-areas.css';

export default function RiskAreasPage() {
  const t = useT();
  const workbook = useOpenWorkbook();
  const parsed = areaSchema.safeParse(useParams().area ?? 'people');
  const area: Area = parsed.success ? parsed.data : 'people';
  const answers = useAreaAnswers(workbook.id);
  const dependencies = useDependencies(workbook.id);
  return (
    <section className="page risk-areas" aria-labelledby="risk-areas-heading">
      <h2 id="risk-areas-heading">{t('riskAreas.title')}</h2>
      <p className="intro">{t('riskAreas.intro')}</p>
      <nav aria-label={t('riskAreas.areasNav')} className="risk-areas-nav">
        <ul>
          {areas.map((a) => {
            const keys = areaQuestions[a];
            const answered = (answers ?? []).filter(
              (x) => x.area === a && keys.includes(x.questionKey) && x.answer.trim() !== '',
            ).length;
            return (
              <li key={a}>
                <NavLink
                  to={`/w/${workbook.id}/areas/${a}`}
                  className={a === area ? 'active' : undefined}
                  aria-current={a === area ? 'page' : undefined}
                >
                  <span className="risk-areas-nav-name">{t.loose(`riskAreas.area.${a}`)}</span>
                  <span className="risk-areas-nav-count">
                    {t('riskAreas.answered', { answered, total: keys.length })}
                  </span>
                </NavLink>
              </li>
            );
          })}
        </ul>
      </nav>
      <h3 className="risk-areas-area-title">{t.loose(`riskAreas.area.${area}`)}</h3>
      <p className="risk-areas-guidance">{t.loose(`riskAreas.guidance.${area}`)}</p>
      {answers === undefined || dependencies === undefined ? (
        <p className="loading">{t('common.loading')}</p>
      ) : (
        // Keyed by area so the questions' local state starts afresh on each area.
        <div key={area} className="risk-areas-body">
          <section aria-labelledby="risk-areas-questions">
            <h3 id="risk-areas-questions">{t('riskAreas.questions')}</h3>
            <ol className="risk-areas-questions">
              {areaQuestions[area].map((key, i) => {
                const stored = currentAnswerFor(answers, area, key);
                // Keyed by the answer's id: another answer taking over the question (an import)
                // binds a fresh form to it; the first edit makes the answer under the id the form
                // already has, so typing goes on in the same field.
                return (
                  <AreaQuestion
                    key={stored?.id ?? areaAnswerId(workbook.id, key)}
                    workbookId={workbook.id}
                    area={area}
                    questionKey={key}
                    index={i}
                    stored={stored}
                  />
                );
              })}
            </ol>
          </section>
          <DependencyList
            workbookId={workbook.id}
            area={area}
            items={dependencies.dependencies.filter((d) => d.area === area)}
            linked={dependencies.linked}
          />
        </div>
      )}
    </section>
  );
}
