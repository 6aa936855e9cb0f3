// The resources processes need: kind, risk area, own recovery time (achievable or contractual),
// headcount for people, and each resource's alternatives with their set-up time. Autosaved.
import { nullableNumber, nullableString, SelectField, TextField } from '../../components/form/field';
import { useDeleteWithUndo } from '../../components/use-delete-with-undo';
import { WriteError } from '../../components/write-error';
import { RESOURCE_KINDS, type BiaAlternative, type BiaProcess, type BiaResource } from '../../domain/bia';
import { useT } from '../../i18n/use-i18n';
import { AddByName } from './add-by-name';
import {
  addAlternative,
  addResource,
  removeAlternative,
  removeResource,
  restoreAlternative,
  restoreResource,
  useAlternativeForm,
  useResourceForm,
  type BiaData,
} from './data';

export function ResourcesSection({ workbookId, data }: { workbookId: string; data: BiaData }) {
  const t = useT();
  return (
    <section className="page" aria-labelledby="bia-resources-heading">
      <h3 id="bia-resources-heading">{t('bia.resources')}</h3>
      <p className="field-hint">{t('bia.resourcesHint')}</p>
      {data.resources.length === 0 && <p className="muted">{t('bia.resourcesEmpty')}</p>}
      <ul className="bia-resources">
        {data.resources.map((r) => (
          <ResourceRow
            key={r.id}
            resource={r}
            processes={data.processes}
            riskDependencies={data.riskDependencies}
            alternatives={data.alternatives.filter((a) => a.resourceId === r.id)}
          />
        ))}
      </ul>
      <AddByName
        label={t('bia.newResourceName')}
        button={t('bia.addResource')}
        add={(name) => addResource(workbookId, name)}
      />
    </section>
  );
}

function ResourceRow({
  resource,
  processes,
  riskDependencies,
  alternatives,
}: {
  resource: BiaResource;
  processes: BiaProcess[];
  riskDependencies: BiaData['riskDependencies'];
  alternatives: BiaAlternative[];
}) {
  const t = useT();
  const form = useResourceForm(resource);
  const { errors } = form.formState;
  const kind = form.watch('kind');
  const remove = useDeleteWithUndo({
    remove: () => removeResource(resource.id),
    undo: () => restoreResource(resource.id),
    text: t('bia.resourceRemoved', { name: resource.name }),
  });
  return (
    <li className="bia-resource">
      <div className="bia-fields">
        <TextField label={t('bia.name')} required error={errors.name} {...form.register('name')} />
        <SelectField
          label={t('bia.kind')}
          options={RESOURCE_KINDS.map((k) => ({ value: k, label: t(`bia.kind.${k}`) }))}
          {...form.register('kind')}
        />
        <SelectField
          label={t('bia.area')}
          options={[
            { value: '', label: t('bia.area.none') },
            ...(['people', 'location', 'systems'] as const).map((a) => ({
              value: a,
              label: t(`bia.area.${a}`),
            })),
          ]}
          {...form.register('area', { setValueAs: nullableString })}
        />
        {riskDependencies.length > 0 && (
          <SelectField
            label={t('bia.riskDependency')}
            options={[
              { value: '', label: t('bia.noContact') },
              ...riskDependencies.map((d) => ({
                value: d.id,
                label: `${t(`bia.area.${d.area}`)}: ${d.name}`,
              })),
            ]}
            {...form.register('riskDependencyId', { setValueAs: nullableString })}
          />
        )}
        {kind === 'process' && (
          <SelectField
            label={t('bia.isProcess')}
            options={[
              { value: '', label: t('bia.noContact') },
              ...processes.map((p) => ({ value: p.id, label: p.name })),
            ]}
            {...form.register('processId', { setValueAs: nullableString })}
          />
        )}
        <TextField
          label={t('bia.recoveryHours')}
          type="number"
          min={0}
          error={errors.recoveryHours}
          {...form.register('recoveryHours', { setValueAs: nullableNumber })}
        />
        <SelectField
          label={t('bia.recoveryBasis')}
          options={(['achievable', 'contractual'] as const).map((b) => ({
            value: b,
            label: t(`bia.basis.${b}`),
          }))}
          {...form.register('recoveryBasis')}
        />
        {kind === 'people' && (
          <TextField
            label={t('bia.headcount')}
            type="number"
            min={0}
            error={errors.headcount}
            {...form.register('headcount', { setValueAs: nullableNumber })}
          />
        )}
      </div>
      <h4>{t('bia.alternatives', { name: resource.name })}</h4>
      <ul className="bia-alternatives">
        {alternatives.map((a) => (
          <AlternativeRow key={a.id} alternative={a} />
        ))}
      </ul>
      <AddByName
        label={t('bia.newAlternativeName', { name: resource.name })}
        button={t('bia.addAlternative')}
        add={(name) => addAlternative(resource.workbookId, resource.id, name)}
      />
      <button
        type="button"
        className="secondary"
        disabled={remove.busy}
        onClick={() => remove.start()}
        aria-label={t('bia.removeResource', { name: resource.name })}
      >
        {t('common.remove')}
      </button>
      <WriteError error={remove.error} onRetry={remove.retry} />
    </li>
  );
}

function AlternativeRow({ alternative }: { alternative: BiaAlternative }) {
  const t = useT();
  const form = useAlternativeForm(alternative);
  const { errors } = form.formState;
  const remove = useDeleteWithUndo({
    remove: () => removeAlternative(alternative.id),
    undo: () => restoreAlternative(alternative.id),
    text: t('bia.alternativeRemoved', { name: alternative.name }),
  });
  return (
    <li className="bia-fields">
      <TextField label={t('bia.alternativeName')} required error={errors.name} {...form.register('name')} />
      <TextField
        label={t('bia.setupHours')}
        type="number"
        min={0}
        error={errors.setupHours}
        {...form.register('setupHours', { valueAsNumber: true })}
      />
      <button
        type="button"
        className="secondary"
        disabled={remove.busy}
        onClick={() => remove.start()}
        aria-label={t('bia.removeAlternative', { name: alternative.name })}
      >
        {t('common.remove')}
      </button>
      <WriteError error={remove.error} onRetry={remove.retry} />
    </li>
  );
}
