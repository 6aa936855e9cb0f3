// Recovery procedures (runbooks), one per process or per scenario, each with an owner and ordered
// steps; a new one is named and tied to what it recovers; CSV of every procedure's steps.
import { useId, useState, type FormEvent } from 'react';
import { SelectField, TextField } from '../../components/form/field';
import { useGuardedAction } from '../../components/use-guarded-action';
import { WriteError } from '../../components/write-error';
import { responseProcedureSchema } from '../../domain/response';
import { useT } from '../../i18n/use-i18n';
import { csvBlob } from '../../lib/csv';
import { todayIso } from '../../lib/dates';
import { downloadBlob } from '../../lib/download';
import { addProcedure, type ResponseData } from './data';
import { ProcedureEditor } from './procedure-editor';
import { proceduresCsv } from './response-csv';

export function ProceduresSection({ workbookId, data }: { workbookId: string; data: ResponseData }) {
  const t = useT();
  const id = useId();
  const [title, setTitle] = useState('');
  const [scope, setScope] = useState<'process' | 'scenario'>('process');
  const [target, setTarget] = useState('');
  const [errors, setErrors] = useState<{ title?: string; target?: string }>({});
  const targets =
    scope === 'process'
      ? data.processes.map((p) => ({ value: p.id, label: p.name }))
      : data.scenarios.map((s) => ({ value: s.id, label: s.title }));
  const add = useGuardedAction(
    (name: string, to: { processId: string } | { scenarioId: string }) => addProcedure(workbookId, name, to),
    { onSuccess: () => setTitle('') },
  );
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const parsed = responseProcedureSchema.shape.title.safeParse(title);
    const chosen = targets.some((o) => o.value === target) ? target : '';
    const next = {
      title: parsed.success ? undefined : parsed.error.issues[0]!.message,
      target: chosen === '' ? 'response.procedures.chooseTarget' : undefined,
    };
    setErrors(next);
    if (!parsed.success || chosen === '') return;
    add.start(parsed.data, scope === 'process' ? { processId: chosen } : { scenarioId: chosen });
  };
  return (
    <section className="page response-section" aria-labelledby={`${id}-h`}>
      <h3 id={`${id}-h`}>{t('response.procedures.heading')}</h3>
      <p>{t('response.procedures.intro')}</p>
      {data.procedures.length === 0 ? (
        <p className="muted">{t('response.procedures.empty')}</p>
      ) : (
        <>
          {data.procedures.map((p) => (
            <ProcedureEditor key={p.id} procedure={p} data={data} />
          ))}
          <button
            type="button"
            className="secondary"
            onClick={() =>
              downloadBlob(
                csvBlob(proceduresCsv(t, data)),
                `${t('response.procedures.fileName')}-${todayIso()}.csv`,
              )
            }
          >
            {t('response.procedures.csv')}
          </button>
        </>
      )}
      <form className="response-add response-new-procedure" onSubmit={submit} noValidate>
        <h4>{t('response.procedures.new')}</h4>
        <TextField
          label={t('response.procedures.title')}
          required
          value={title}
          error={errors.title ? { message: errors.title } : undefined}
          onChange={(e) => setTitle(e.target.value)}
        />
        <SelectField
          label={t('response.procedures.scope')}
          value={scope}
          onChange={(e) => {
            setScope(e.target.value as 'process' | 'scenario');
            setTarget('');
          }}
          options={[
            { value: 'process', label: t('response.procedures.scope.process') },
            { value: 'scenario', label: t('response.procedures.scope.scenario') },
          ]}
        />
        <SelectField
          label={t(`response.procedures.for.${scope}`)}
          required
          value={target}
          error={errors.target ? { message: errors.target } : undefined}
          hint={targets.length === 0 ? t(`response.procedures.none.${scope}`) : undefined}
          onChange={(e) => setTarget(e.target.value)}
          options={[{ value: '', label: t('response.procedures.choose') }, ...targets]}
        />
        <button type="submit" disabled={add.busy}>
          {t('response.procedures.add')}
        </button>
        <WriteError error={add.error} onRetry={add.retry} />
      </form>
    </section>
  );
}
