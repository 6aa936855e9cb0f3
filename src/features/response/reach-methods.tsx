// The ways a role's holder is reached, edited as one list field of the role's autosave form: each
// way has a label and whether it runs on the provider's mail or chat. When every way does, and the
// role may declare, the warning sits beside the list.
import { useId } from 'react';
import type { FieldError } from 'react-hook-form';
import type { ReachMethod } from '../../domain/response';
import { allWaysDependOnProvider } from '../../domain/response-rules';
import { useT } from '../../i18n/use-i18n';

type Props = {
  roleLabel: string;
  methods: ReachMethod[];
  errors: ({ label?: Pick<FieldError, 'message'> } | undefined)[] | undefined;
  mayDeclare: boolean;
  onChange: (next: ReachMethod[]) => void;
};

export function ReachMethods({ roleLabel, methods, errors, mayDeclare, onChange }: Props) {
  const t = useT();
  const id = useId();
  const warn = mayDeclare && allWaysDependOnProvider(methods);
  const set = (i: number, patch: Partial<ReachMethod>) =>
    onChange(methods.map((m, j) => (j === i ? { ...m, ...patch } : m)));
  return (
    <fieldset className="response-reach" aria-describedby={warn ? `${id}-warn` : undefined}>
      <legend>{t('response.reach.legend')}</legend>
      <p className="field-hint">{t('response.reach.hint')}</p>
      {methods.length > 0 && (
        <ul>
          {methods.map((m, i) => {
            const error = errors?.[i]?.label?.message;
            const n = i + 1;
            return (
              <li key={i}>
                <div className="field" data-invalid={error ? 'true' : undefined}>
                  <label htmlFor={`${id}-${i}`}>{t('response.reach.label', { n })}</label>
                  <input
                    id={`${id}-${i}`}
                    value={m.label}
                    aria-invalid={error ? true : undefined}
                    aria-describedby={error ? `${id}-${i}-error` : undefined}
                    onChange={(e) => set(i, { label: e.target.value })}
                  />
                  {error && (
                    <p className="field-error" id={`${id}-${i}-error`} role="alert">
                      {t.loose(error)}
                    </p>
                  )}
                </div>
                <label className="response-check">
                  <input
                    type="checkbox"
                    checked={m.dependsOnProvider}
                    onChange={(e) => set(i, { dependsOnProvider: e.target.checked })}
                  />{' '}
                  {t('response.reach.dependsOnProvider')}
                </label>
                <button
                  type="button"
                  className="secondary"
                  aria-label={t('response.reach.remove', { n, role: roleLabel })}
                  onClick={() => onChange(methods.filter((_, j) => j !== i))}
                >
                  {t('common.remove')}
                </button>
              </li>
            );
          })}
        </ul>
      )}
      <button
        type="button"
        className="secondary"
        aria-label={t('response.reach.addFor', { role: roleLabel })}
        onClick={() => onChange([...methods, { label: '', dependsOnProvider: false }])}
      >
        {t('response.reach.add')}
      </button>
      {warn && (
        <p className="field-warning" id={`${id}-warn`} role="status">
          {t('response.warnings.providerOnly')}
        </p>
      )}
    </fieldset>
  );
}
