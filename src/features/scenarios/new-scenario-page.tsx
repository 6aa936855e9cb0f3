// A new scenario: blank or filled from a template. Nothing is stored until the planner presses
// Save; then the saved scenario opens in the editor (which autosaves from there on). Until then the
// typed text is kept as a draft (restored when the page opens again), and a failed Save keeps it.
import { zodResolver } from '@hookform/resolvers/zod';
import { useState, type FormEvent } from 'react';
import { useForm } from 'react-hook-form';
import { Link, useSearchParams } from 'react-router';
import { clearDraft, readDraft, useFormDraft } from '../../components/form/drafts';
import { useOpenWorkbook } from '../../components/open-workbook';
import { showToast } from '../../components/toast';
import { useGuardedAction } from '../../components/use-guarded-action';
import { WriteError } from '../../components/write-error';
import { reportUnexpected } from '../../lib/unexpected-error';
import { scenarioTemplates, templateByKey } from '../../domain/scenario-templates';
import { useT } from '../../i18n/use-i18n';
import { useContacts, useDependencies, saveNewScenario } from './data';
import { DraftActions, DraftPolicyChecks } from './draft-children';
import {
  blankScenario,
  scenarioCreateSchema,
  templateValues,
  type ScenarioCreateInput,
  type ScenarioCreateValues,
} from './form-schema';
import { ScenarioFields, type ScenarioForm } from './scenario-fields';
import './scenarios.css';
import { useGo } from '../../components/use-go';

export default function NewScenarioPage() {
  const t = useT();
  const workbook = useOpenWorkbook();
  const navigate = useGo();
  const [params, setParams] = useSearchParams();
  const dependencies = useDependencies(workbook.id) ?? [];
  const contacts = useContacts(workbook.id) ?? [];
  const initialTemplate = templateByKey(params.get('template') ?? '');
  const [templateKey, setTemplateKey] = useState(initialTemplate?.key ?? '');
  const draftKey = `${workbook.id}:new-scenario`;
  const [start] = useState(() => ({
    blank: initialTemplate ? templateValues(initialTemplate, t.loose) : blankScenario(),
    draft: readDraft<ScenarioCreateInput>(draftKey),
  }));
  const form = useForm<ScenarioCreateInput, unknown, ScenarioCreateValues>({
    resolver: zodResolver(scenarioCreateSchema),
    mode: 'onTouched',
    defaultValues: start.draft ?? start.blank,
  });
  const draft = useFormDraft(form, draftKey, start.blank, start.draft !== null);
  const save = useGuardedAction(saveNewScenario, {
    onSuccess: (scenario) => {
      clearDraft(draftKey);
      showToast({ text: t('scenarios.created', { title: scenario.title }) });
      navigate(`/w/${workbook.id}/scenarios/${scenario.id}`, { replace: true });
    },
  });

  const applyTemplate = (key: string) => {
    setTemplateKey(key);
    const tpl = templateByKey(key);
    const values = tpl ? templateValues(tpl, t.loose) : blankScenario();
    draft.rebase(values);
    form.reset(values);
    setParams(tpl ? { template: tpl.key } : {}, { replace: true });
  };

  const onSave = (e?: FormEvent) => {
    form
      .handleSubmit(async (values) => {
        await save.run(workbook.id, values);
      })(e)
      .catch(reportUnexpected);
  };
  const chosen = templateByKey(templateKey);

  return (
    <section className="page scenarios" aria-labelledby="new-scenario-heading">
      <p>
        <Link to={`/w/${workbook.id}/scenarios`}>{t('scenarios.backToList')}</Link>
      </p>
      <h2 id="new-scenario-heading">{t('scenarios.createTitle')}</h2>
      <div className="field scenarios-template-picker">
        <label htmlFor="scenario-template">{t('scenarios.newFromTemplate')}</label>
        <select id="scenario-template" value={templateKey} onChange={(e) => applyTemplate(e.target.value)}>
          <option value="">{t('scenarios.blank')}</option>
          {scenarioTemplates.map((tpl) => (
            <option key={tpl.key} value={tpl.key}>
              {t.loose(`scenarios.template.${tpl.key}.title`)}
            </option>
          ))}
        </select>
        {chosen && (
          <p className="field-hint" role="status">
            {t('scenarios.templateApplied', { title: t.loose(`scenarios.template.${chosen.key}.title`) })}
          </p>
        )}
      </div>
      {draft.restored && <p className="field-hint">{t('save.draftRestored')}</p>}
      <form className="form-grid" noValidate onSubmit={onSave}>
        {/* The create form has extra fields (children); the shared fields see only the scenario part. */}
        <ScenarioFields
          form={form as unknown as ScenarioForm}
          dependencies={dependencies}
          contacts={contacts}
        />
        <DraftPolicyChecks form={form} />
        <DraftActions form={form} />
        <div className="span-2">
          <WriteError error={save.error} onRetry={() => onSave()} />
        </div>
        <div className="form-actions span-2">
          <button type="submit" disabled={save.busy}>
            {t('scenarios.saveScenario')}
          </button>
          <Link
            className="button secondary"
            to={`/w/${workbook.id}/scenarios`}
            onClick={() => clearDraft(draftKey)}
          >
            {t('common.cancel')}
          </Link>
        </div>
      </form>
    </section>
  );
}
