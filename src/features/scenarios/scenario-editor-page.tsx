// A saved scenario, edited in place: every valid change is autosaved (the header shows the state).
import { Link, useParams } from 'react-router';
import { useOpenWorkbook } from '../../components/open-workbook';
import { useDeleteWithUndo } from '../../components/use-delete-with-undo';
import { WriteError } from '../../components/write-error';
import type { Contact } from '../../domain/communications';
import type { Dependency } from '../../domain/risk-areas';
import type { Scenario } from '../../domain/scenario';
import { useT } from '../../i18n/use-i18n';
import {
  deleteScenario,
  restoreScenario,
  useContacts,
  useDependencies,
  useScenario,
  useScenarioForm,
} from './data';
import { ScenarioReachLine } from './scenario-reach';
import { SavedActions, SavedPolicyChecks } from './saved-children';
import { ScenarioFields } from './scenario-fields';
import './scenarios.css';
import { useGo } from '../../components/use-go';

export default function ScenarioEditorPage() {
  const t = useT();
  const workbook = useOpenWorkbook();
  const { scenarioId = '' } = useParams();
  const scenario = useScenario(scenarioId);
  const dependencies = useDependencies(workbook.id);
  const contacts = useContacts(workbook.id);
  const back = `/w/${workbook.id}/scenarios`;
  if (scenario === 'loading' || dependencies === undefined || contacts === undefined)
    return <p className="loading">{t('common.loading')}</p>;
  if (!scenario || scenario.deletedAt || scenario.workbookId !== workbook.id) {
    return (
      <section className="page">
        <p>{t('scenarios.notFound')}</p>
        <Link to={back}>{t('scenarios.backToList')}</Link>
      </section>
    );
  }
  return (
    <Editor
      key={scenario.id}
      scenario={scenario}
      dependencies={dependencies}
      contacts={contacts}
      back={back}
    />
  );
}

function Editor({
  scenario,
  dependencies,
  contacts,
  back,
}: {
  scenario: Scenario;
  dependencies: Dependency[];
  contacts: Contact[];
  back: string;
}) {
  const t = useT();
  const navigate = useGo();
  const form = useScenarioForm(scenario);
  const remove = useDeleteWithUndo({
    remove: () => deleteScenario(scenario.id),
    undo: () => restoreScenario(scenario.id),
    text: t('scenarios.deleted', { title: scenario.title }),
    onDeleted: () => navigate(back),
  });
  return (
    <section className="page scenarios" aria-labelledby="edit-scenario-heading">
      <p>
        <Link to={back}>{t('scenarios.backToList')}</Link>
      </p>
      <h2 id="edit-scenario-heading">{t('scenarios.editTitle')}</h2>
      <ScenarioReachLine workbookId={scenario.workbookId} scenarioId={scenario.id} />
      <form className="form-grid" noValidate onSubmit={(e) => e.preventDefault()}>
        <ScenarioFields form={form} dependencies={dependencies} contacts={contacts} />
      </form>
      <div className="form-grid">
        <SavedPolicyChecks workbookId={scenario.workbookId} scenarioId={scenario.id} />
        <SavedActions workbookId={scenario.workbookId} scenarioId={scenario.id} />
      </div>
      <div className="form-actions">
        <button type="button" className="danger" disabled={remove.busy} onClick={() => remove.start()}>
          {t('scenarios.deleteScenario')}
        </button>
      </div>
      <WriteError error={remove.error} onRetry={remove.retry} />
    </section>
  );
}
