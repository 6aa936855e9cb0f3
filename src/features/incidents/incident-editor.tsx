// One incident and its post-incident review, edited in place with autosave.
import { incidentSources, type Incident } from '../../domain/incident';
import { SelectField, TextAreaField, TextField } from '../../components/form/field';
import { useDeleteWithUndo } from '../../components/use-delete-with-undo';
import { WriteError } from '../../components/write-error';
import { useT } from '../../i18n/use-i18n';
import { removeIncident, restoreIncident, useIncidentForm } from './data';
import { IncidentTimes } from './incident-times';
import { LessonsSection } from './lessons-section';
import { ProviderDetails } from './provider-details';
import { useGo } from '../../components/use-go';

const sections = ['userImpact', 'scopeOfImpact', 'rootCause', 'actionsTaken', 'nextSteps'] as const;
const hints: Partial<Record<(typeof sections)[number], 'userImpactHint' | 'scopeOfImpactHint'>> = {
  userImpact: 'userImpactHint',
  scopeOfImpact: 'scopeOfImpactHint',
};

export function IncidentEditor({ incident }: { incident: Incident }) {
  const t = useT();
  const navigate = useGo();
  const form = useIncidentForm(incident);
  const { errors } = form.formState;
  const remove = useDeleteWithUndo({
    remove: () => removeIncident(incident.id),
    undo: () => restoreIncident(incident.id),
    text: t('incidents.deleted', { title: incident.title }),
    onDeleted: () => navigate('?', { replace: true }),
  });
  return (
    <>
      <section className="page" aria-labelledby="incident-heading">
        <h2 id="incident-heading">{incident.title}</h2>
        <form className="form-grid" noValidate onSubmit={(e) => e.preventDefault()}>
          <TextField label={t('incidents.title')} required error={errors.title} {...form.register('title')} />
          <SelectField
            label={t('incidents.source')}
            options={incidentSources.map((s) => ({ value: s, label: t(`incidents.source.${s}`) }))}
            {...form.register('source')}
          />
          <TextField label={t('incidents.service')} error={errors.service} {...form.register('service')} />
        </form>
        <h3>{t('incidents.review.heading')}</h3>
        <p className="muted">{t('incidents.review.intro')}</p>
        <div className="form-grid">
          <IncidentTimes key={incident.id} incident={incident} />
        </div>
        <form className="form-grid" noValidate onSubmit={(e) => e.preventDefault()}>
          {sections.map((name) => {
            const hint = hints[name];
            return (
              <TextAreaField
                key={name}
                className="span-2"
                label={t(`incidents.review.${name}`)}
                hint={hint ? t(`incidents.review.${hint}`) : undefined}
                error={errors[name]}
                {...form.register(name)}
              />
            );
          })}
          <TextAreaField
            className="span-2"
            label={t('incidents.planPerformance')}
            hint={t('incidents.planPerformanceHint')}
            error={errors.planPerformance}
            {...form.register('planPerformance')}
          />
        </form>
        <div className="card-actions">
          <button type="button" className="danger" disabled={remove.busy} onClick={() => remove.start()}>
            {t('incidents.delete')}
          </button>
        </div>
        <WriteError error={remove.error} onRetry={remove.retry} />
      </section>
      {incident.provider && <ProviderDetails incident={incident} provider={incident.provider} />}
      <LessonsSection incident={incident} />
    </>
  );
}
