// What a stored scenario takes out, as records (the snowstorm: the office for 48 hours, 60 % of
// staff for a day): listed with remove and undo, added with a resource, hours and share.
import { useState, type FormEvent } from 'react';
import { SelectField, TextField } from '../../components/form/field';
import { useDeleteWithUndo } from '../../components/use-delete-with-undo';
import { useGuardedAction } from '../../components/use-guarded-action';
import { WriteError } from '../../components/write-error';
import { biaScenarioImpactSchema } from '../../domain/bia';
import { useT } from '../../i18n/use-i18n';
import { addScenarioImpact, removeScenarioImpact, restoreScenarioImpact, type BiaData } from './data';

type Impact = BiaData['scenarioImpacts'][number];

export function ScenarioImpacts({
  workbookId,
  data,
  scenarioId,
}: {
  workbookId: string;
  data: BiaData;
  scenarioId: string;
}) {
  const t = useT();
  const impacts = data.scenarioImpacts.filter((i) => i.scenarioId === scenarioId);
  const names = new Map(data.resources.map((r) => [r.id, r.name]));
  const [resourceId, setResourceId] = useState('');
  const [hours, setHours] = useState('24');
  const [share, setShare] = useState('');
  const [errors, setErrors] = useState<{ hours?: string; share?: string }>({});
  const chosen = resourceId || data.resources[0]?.id || '';
  const add = useGuardedAction(addScenarioImpact);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const shape = biaScenarioImpactSchema.shape;
    const h = shape.outageHours.safeParse(hours === '' ? NaN : Number(hours));
    const s = shape.staffSharePercent.safeParse(share === '' ? null : Number(share));
    setErrors({
      hours: h.success ? undefined : h.error.issues[0]!.message,
      share: s.success ? undefined : 'bia.errors.share',
    });
    if (!h.success || !s.success || !chosen) return;
    add.start(workbookId, scenarioId, chosen, h.data, s.data);
  };
  return (
    <div className="bia-scenario-impacts">
      {impacts.length === 0 ? (
        <p className="muted">{t('bia.scenarioNoImpacts')}</p>
      ) : (
        <ul className="bia-deps">
          {impacts.map((i) => (
            <ImpactRow key={i.id} impact={i} name={names.get(i.resourceId) ?? '?'} />
          ))}
        </ul>
      )}
      {data.resources.length > 0 && (
        <form className="bia-add" onSubmit={submit} noValidate>
          <SelectField
            label={t('bia.scenarioResource')}
            options={data.resources.map((r) => ({ value: r.id, label: r.name }))}
            value={chosen}
            onChange={(e) => setResourceId(e.target.value)}
          />
          <TextField
            label={t('bia.scenarioHours')}
            type="number"
            min={0}
            value={hours}
            error={errors.hours ? { message: errors.hours } : undefined}
            onChange={(e) => setHours(e.target.value)}
          />
          <TextField
            label={t('bia.scenarioShare')}
            type="number"
            min={0}
            max={100}
            value={share}
            error={errors.share ? { message: errors.share } : undefined}
            onChange={(e) => setShare(e.target.value)}
          />
          <button type="submit" disabled={add.busy}>
            {t('bia.scenarioAdd')}
          </button>
          <WriteError error={add.error} onRetry={add.retry} />
        </form>
      )}
    </div>
  );
}

function ImpactRow({ impact, name }: { impact: Impact; name: string }) {
  const t = useT();
  const text =
    impact.staffSharePercent === null
      ? t('bia.scenarioLine', { name, hours: impact.outageHours })
      : t('bia.scenarioLineShare', { name, hours: impact.outageHours, share: impact.staffSharePercent });
  const remove = useDeleteWithUndo({
    remove: () => removeScenarioImpact(impact.id),
    undo: () => restoreScenarioImpact(impact.id),
    text: t('bia.scenarioImpactRemoved'),
  });
  return (
    <li>
      {text}{' '}
      <button
        type="button"
        className="secondary"
        disabled={remove.busy}
        onClick={() => remove.start()}
        aria-label={t('bia.removeScenarioImpact', { text })}
      >
        {t('common.remove')}
      </button>
      <WriteError error={remove.error} onRetry={remove.retry} />
    </li>
  );
}
