// Response roles: the seven defaults (added in one click, each with its responsibilities in the
// planner's language) and the planner's own roles, each edited in its own card; CSV of the roles.
import { useId, useState, type FormEvent } from 'react';
import { TextField } from '../../components/form/field';
import { useGuardedAction } from '../../components/use-guarded-action';
import { WriteError } from '../../components/write-error';
import { responseRoleSchema } from '../../domain/response';
import { missingDefaultRoles } from '../../domain/response-templates';
import { useT } from '../../i18n/use-i18n';
import { csvBlob } from '../../lib/csv';
import { todayIso } from '../../lib/dates';
import { downloadBlob } from '../../lib/download';
import { addDefaultRoles, addRole, type ResponseData } from './data';
import { rolesCsv } from './response-csv';
import { RoleEditor } from './role-editor';

export function RolesSection({ workbookId, data }: { workbookId: string; data: ResponseData }) {
  const t = useT();
  const id = useId();
  const missing = missingDefaultRoles(data.roles);
  const defaults = useGuardedAction(() =>
    addDefaultRoles(
      workbookId,
      missing.map((kind) => ({
        kind,
        name: kind === 'custom' ? t('response.kind.custom') : '',
        responsibilities: t(`response.duty.${kind}`),
      })),
    ),
  );
  const [name, setName] = useState('');
  const [error, setError] = useState<string | undefined>();
  const own = useGuardedAction((n: string) => addRole(workbookId, 'custom', n), {
    onSuccess: () => setName(''),
  });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const parsed = responseRoleSchema.shape.name.safeParse(name);
    if (!parsed.success || parsed.data === '') {
      setError(parsed.success ? 'errors.required' : parsed.error.issues[0]!.message);
      return;
    }
    setError(undefined);
    own.start(parsed.data);
  };
  return (
    <section className="page response-section" aria-labelledby={`${id}-h`}>
      <h3 id={`${id}-h`}>{t('response.roles.heading')}</h3>
      <p>{t('response.roles.intro')}</p>
      {data.roles.length === 0 ? (
        <p className="muted">{t('response.roles.empty')}</p>
      ) : (
        <ul className="response-cards">
          {data.roles.map((r) => (
            <RoleEditor key={r.id} role={r} contacts={data.contacts} goneContacts={data.goneContacts} />
          ))}
        </ul>
      )}
      <div className="response-add">
        {missing.length > 0 && (
          <button type="button" disabled={defaults.busy} onClick={() => defaults.start()}>
            {t('response.roles.addDefaults', { count: missing.length })}
          </button>
        )}
        <WriteError error={defaults.error} onRetry={defaults.retry} />
        {data.roles.length > 0 && (
          <button
            type="button"
            className="secondary"
            onClick={() =>
              downloadBlob(csvBlob(rolesCsv(t, data)), `${t('response.roles.fileName')}-${todayIso()}.csv`)
            }
          >
            {t('response.roles.csv')}
          </button>
        )}
      </div>
      <form className="response-add" onSubmit={submit} noValidate>
        <TextField
          label={t('response.roles.newName')}
          value={name}
          error={error ? { message: error } : undefined}
          onChange={(e) => setName(e.target.value)}
        />
        <button type="submit" disabled={own.busy}>
          {t('response.roles.addOwn')}
        </button>
        <WriteError error={own.error} onRetry={own.retry} />
      </form>
    </section>
  );
}
