// The approvers (the `approvers` table): name and role, added, edited in place and removed. Their
// sign-offs are recorded per version on the list above; the PDF prints a signature line each.
import { useId, useState } from 'react';
import type { Approver } from '../../domain/approver';
import { useT } from '../../i18n/use-i18n';
import { reportUnexpected } from '../../lib/unexpected-error';
import { addApprover, editApprover, removeApprover, restoreApprover } from './data';
import { RemoveButton } from './remove-button';

type Values = { name: string; role: string };

/** Name and role inputs with the name's error beside it; submits through `save`. */
function ApproverForm({
  initial,
  submitLabel,
  save,
  onCancel,
}: {
  initial: Values;
  submitLabel: string;
  save: (values: Values) => Promise<{ ok: boolean; error?: { reasonKey: string } }>;
  onCancel?: () => void;
}) {
  const t = useT();
  const id = useId();
  const [values, setValues] = useState(initial);
  const [error, setError] = useState<{ name?: string; write?: string }>({});
  const submit = () => {
    if (values.name.trim() === '') return setError({ name: t('versions.errors.name') });
    save({ name: values.name.trim(), role: values.role.trim() })
      .then((outcome) => {
        if (outcome.ok) {
          setError({});
          if (!onCancel) setValues({ name: '', role: '' });
        } else setError({ write: t.loose(outcome.error?.reasonKey ?? 'save.writeFailed') });
      })
      .catch(reportUnexpected);
  };
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
        <label htmlFor={`${id}-name`}>{t('versions.approvers.name')}</label>
        <input
          id={`${id}-name`}
          value={values.name}
          maxLength={300}
          aria-invalid={error.name ? true : undefined}
          aria-describedby={error.name ? `${id}-name-error` : undefined}
          onChange={(e) => setValues((v) => ({ ...v, name: e.target.value }))}
        />
        {error.name && (
          <p className="field-error" id={`${id}-name-error`}>
            {error.name}
          </p>
        )}
      </div>
      <div className="field">
        <label htmlFor={`${id}-role`}>{t('versions.approvers.role')}</label>
        <input
          id={`${id}-role`}
          value={values.role}
          maxLength={300}
          onChange={(e) => setValues((v) => ({ ...v, role: e.target.value }))}
        />
      </div>
      <div className="versions-form-buttons">
        <button type="submit">{submitLabel}</button>
        {onCancel && (
          <button type="button" className="secondary" onClick={onCancel}>
            {t('versions.approvers.cancel')}
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

export function ApproversPanel({ workbookId, approvers }: { workbookId: string; approvers: Approver[] }) {
  const t = useT();
  const [editing, setEditing] = useState<string | null>(null);
  return (
    <>
      <p className="muted">{t('versions.approvers.intro')}</p>
      {approvers.length === 0 ? (
        <p>{t('versions.approvers.empty')}</p>
      ) : (
        <ul className="versions-people" data-testid="approvers">
          {approvers.map((a) =>
            editing === a.id ? (
              <li key={a.id}>
                <ApproverForm
                  initial={{ name: a.name, role: a.role }}
                  submitLabel={t('versions.approvers.save')}
                  save={async (values) => {
                    const outcome = await editApprover(a.id, values);
                    if (outcome.ok) setEditing(null);
                    return outcome;
                  }}
                  onCancel={() => setEditing(null)}
                />
              </li>
            ) : (
              <li key={a.id}>
                <span>
                  <strong>{a.name}</strong>
                  {a.role && ` · ${a.role}`}
                </span>
                <button type="button" className="link-button" onClick={() => setEditing(a.id)}>
                  {t('versions.approvers.edit', { name: a.name })}
                </button>
                <RemoveButton
                  name={a.name}
                  label={t('versions.approvers.remove', { name: a.name })}
                  remove={() => removeApprover(a.id)}
                  undo={() => restoreApprover(a.id)}
                />
              </li>
            ),
          )}
        </ul>
      )}
      <ApproverForm
        initial={{ name: '', role: '' }}
        submitLabel={t('versions.approvers.add')}
        save={(values) => addApprover(workbookId, values)}
      />
    </>
  );
}
