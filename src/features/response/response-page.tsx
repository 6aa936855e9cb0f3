// The activation and response step: when the plan is invoked (criteria), who may declare and how
// they are reached without the provider's service, escalation, the response roles and the recovery
// procedures with their steps. Every section reads the same live data; each card autosaves.
import { useOpenWorkbook } from '../../components/open-workbook';
import { useT } from '../../i18n/use-i18n';
import { CriteriaSection } from './criteria-section';
import { useResponse } from './data';
import { DeclareSection } from './declare-section';
import { EscalationSection } from './escalation-section';
import { ProceduresSection } from './procedures-section';
import { RolesSection } from './roles-section';
import './response.css';

export default function ResponsePage() {
  const t = useT();
  const workbook = useOpenWorkbook();
  const data = useResponse(workbook.id);
  if (!data) return <p className="loading">{t('common.loading')}</p>;
  return (
    <div className="response">
      <section className="page" aria-labelledby="response-heading">
        <h2 id="response-heading">{t('response.heading')}</h2>
        <p>{t('response.intro')}</p>
      </section>
      <CriteriaSection workbookId={workbook.id} criteria={data.criteria} />
      <DeclareSection data={data} />
      <EscalationSection data={data} />
      <RolesSection workbookId={workbook.id} data={data} />
      <ProceduresSection workbookId={workbook.id} data={data} />
    </div>
  );
}
