// The distribution list: who receives a numbered copy of the plan (name, role or organisation,
// copy number). Printed in the PDF's document control.
import { useId, useState } from 'react';
import type { DistributionEntry } from '../../domain/plan-version';
import { useT } from '../../i18n/use-i18n';
import { reportUnexpected } from '../../lib/unexpected-error';
import { addRecipient, removeRecipient } from './data';

export function DistributionPanel({
  workbookId,
  entries,
}: {
  workbookId: string;
  entries: DistributionEntry[];
}) {
  const t = useT();
  const id = useId();
  const next = entries.reduce((max, e) => Math.max(max, e.copyNumber), 0) + 1;
  const [name, setName] = useState('');
  const [role, setRole] = useState('');
  const [copy, setCopy] = useState('');
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
    addRecipient(workbookId, { name: name.trim(), role: role.trim(), copyNumber })
      .then((outcome) => {
        if (outcome.ok) {
          setError({});
          setName('');
          setRole('');
          setCopy('');
        } else setError({ write: t.loose(outcome.error.reasonKey) });
      })
      .catch(reportUnexpected);
  };
  const describedBy = (key: 'name' | 'copy') => (error[key] ? `${id}-${key}-error` : undefined);
  return (
    <>
      <p className="muted">{t('versions.distribution.intro')}</p>
      {entries.length === 0 ? (
        <p>{t('versions.distribution.empty')}</p>
      ) : (
        <ul className="versions-people" data-testid="distribution">
          {[...entries]
            .sort((a, b) => a.copyNumber - b.copyNumber)
            .map((e) => (
              <li key={e.id}>
                <span>
                  {e.copyNumber}. <strong>{e.name}</strong>
                  {e.role && ` · ${e.role}`}
                </span>
                <button
                  type="button"
                  className="link-button"
                  onClick={() => {
                    removeRecipient(e.id).catch(reportUnexpected);
                  }}
                >
                  {t('versions.distribution.remove', { name: e.name })}
                </button>
              </li>
            ))}
        </ul>
      )}
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
          <button type="submit">{t('versions.distribution.add')}</button>
        </div>
        {error.write && (
          <p className="field-error" role="alert">
            {error.write}
          </p>
        )}
      </form>
    </>
  );
}
