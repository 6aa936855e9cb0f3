// The distribution list: who receives a numbered copy of the plan (name, role or organisation,
// copy number). Printed in the PDF's document control. Entries are added, edited in place, and
// removed with Undo.
import { useId, useState } from 'react';
import type { WriteOutcome } from '../../db/guarded-write';
import type { DistributionEntry } from '../../domain/plan-version';
import { useT } from '../../i18n/use-i18n';
import { reportUnexpected } from '../../lib/unexpected-error';
import { addRecipient, editRecipient, removeRecipient, restoreRecipient } from './data';
import { RemoveButton } from './remove-button';

type Values = { name: string; role: string; copyNumber: number };

/** Name, role and copy number with each error beside its field; submits through `save`. */
function RecipientForm({
  initial,
  next,
  submitLabel,
  save,
  onCancel,
}: {
  initial: { name: string; role: string; copy: string };
  /** The copy number used when the field is left empty. */
  next: number;
  submitLabel: string;
  save: (values: Values) => Promise<WriteOutcome<unknown>>;
  onCancel?: () => void;
}) {
  const t = useT();
  const id = useId();
  const [name, setName] = useState(initial.name);
  const [role, setRole] = useState(initial.role);
  const [copy, setCopy] = useState(initial.copy);
  const [error, setError] = useState<{ name?: string; copy?: string; write?: string }>({});
  const submit = () => {
    const copyNumber = copy.trim() === '' ? next : Number(copy);
    const problems = {
      name: name.trim() === '' ? t('versions.errors.name') : undefined,
      copy:
        !Number.isInteger(copyNumber) || copyNumber < 1 || copyNumber > 9999
          ? t('versions.errors.copyNumber')
          : undefined,
    };
    if (problems.name || problems.copy) return setError(problems);
    save({ name: name.trim(), role: role.trim(), copyNumber })
      .then((outcome) => {
        if (outcome.ok) {
          setError({});
          if (!onCancel) {
            setName('');
            setRole('');
            setCopy('');
          }
        } else setError({ write: t.loose(outcome.error.reasonKey) });
      })
      .catch(reportUnexpected);
  };
  const describedBy = (key: 'name' | 'copy') => (error[key] ? `${id}-${key}-error` : undefined);
  return (
    <form
      className="versions-row versions-inline-form"
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        submit();
      }}
    >
      <div className="field">
        <label htmlFor={`${id}-name`}>{t('versions.distribution.name')}</label>
        <input
          id={`${id}-name`}
          value={name}
          maxLength={300}
          aria-invalid={error.name ? true : undefined}
          aria-describedby={describedBy('name')}
          onChange={(e) => setName(e.target.value)}
        />
        {error.name && (
          <p className="field-error" id={`${id}-name-error`}>
            {error.name}
          </p>
        )}
      </div>
      <div className="field">
        <label htmlFor={`${id}-role`}>{t('versions.distribution.role')}</label>
        <input id={`${id}-role`} value={role} maxLength={300} onChange={(e) => setRole(e.target.value)} />
      </div>
      <div className="field">
        <label htmlFor={`${id}-copy`}>{t('versions.distribution.copy')}</label>
        <input
          id={`${id}-copy`}
          inputMode="numeric"
          value={copy}
          placeholder={String(next)}
          aria-invalid={error.copy ? true : undefined}
          aria-describedby={describedBy('copy')}
          onChange={(e) => setCopy(e.target.value)}
        />
        {error.copy && (
          <p className="field-error" id={`${id}-copy-error`}>
            {error.copy}
          </p>
        )}
      </div>
      <div className="versions-form-buttons">
        <button type="submit">{submitLabel}</button>
        {onCancel && (
          <button type="button" className="secondary" onClick={onCancel}>
            {t('versions.distribution.cancel')}
          </button>
        )}
      </div>
      {error.write && (
        <p className="field-error" role="alert">
          {error.write}
        </p>
      )}
    </form>
  );
}

export function DistributionPanel({
  workbookId,
  entries,
}: {
  workbookId: string;
  entries: DistributionEntry[];
}) {
  const t = useT();
  const [editing, setEditing] = useState<string | null>(null);
  const next = entries.reduce((max, e) => Math.max(max, e.copyNumber), 0) + 1;
  return (
    <>
      <p className="muted">{t('versions.distribution.intro')}</p>
      {entries.length === 0 ? (
        <p>{t('versions.distribution.empty')}</p>
      ) : (
        <ul className="versions-people" data-testid="distribution">
          {[...entries]
            .sort((a, b) => a.copyNumber - b.copyNumber)
            .map((e) =>
              editing === e.id ? (
                <li key={e.id}>
                  <RecipientForm
                    initial={{ name: e.name, role: e.role, copy: String(e.copyNumber) }}
                    next={e.copyNumber}
                    submitLabel={t('versions.distribution.save')}
                    save={async (values) => {
                      const outcome = await editRecipient(e.id, values);
                      if (outcome.ok) setEditing(null);
                      return outcome;
                    }}
                    onCancel={() => setEditing(null)}
                  />
                </li>
              ) : (
                <li key={e.id}>
                  <span>
                    {e.copyNumber}. <strong>{e.name}</strong>
                    {e.role && ` · ${e.role}`}
                  </span>
                  <button type="button" className="link-button" onClick={() => setEditing(e.id)}>
                    {t('versions.distribution.edit', { name: e.name })}
                  </button>
                  <RemoveButton
                    name={e.name}
                    label={t('versions.distribution.remove', { name: e.name })}
                    remove={() => removeRecipient(e.id)}
                    undo={() => restoreRecipient(e.id)}
                  />
                </li>
              ),
            )}
        </ul>
      )}
      <RecipientForm
        initial={{ name: '', role: '', copy: '' }}
        next={next}
        submitLabel={t('versions.distribution.add')}
        save={(values) => addRecipient(workbookId, values)}
      />
    </>
  );
}
