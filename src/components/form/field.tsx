// Labelled form controls: each shows its error beside it (translated) and wires aria attributes.
import {
  useId,
  type InputHTMLAttributes,
  type ReactNode,
  type SelectHTMLAttributes,
  type TextareaHTMLAttributes,
} from 'react';
import type { FieldError } from 'react-hook-form';
import { useT } from '../../i18n/use-i18n';

type FieldShellProps = {
  label: ReactNode;
  hint?: ReactNode;
  error?: Pick<FieldError, 'message'> | undefined;
  /** A warning that does not block saving (e.g. RPO longer than RTO). */
  warning?: ReactNode;
  required?: boolean;
  children: (ids: { id: string; describedBy: string | undefined; invalid: boolean }) => ReactNode;
  className?: string;
};

export function FieldShell({ label, hint, error, warning, required, children, className }: FieldShellProps) {
  const t = useT();
  const id = useId();
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = error?.message ? `${id}-error` : undefined;
  const warningId = warning ? `${id}-warning` : undefined;
  const describedBy = [hintId, errorId, warningId].filter(Boolean).join(' ') || undefined;
  return (
    <div className={`field ${className ?? ''}`} data-invalid={error?.message ? 'true' : undefined}>
      <label htmlFor={id}>
        {label}
        {required && <span className="required-mark"> ({t('common.required')})</span>}
      </label>
      {children({ id, describedBy, invalid: Boolean(error?.message) })}
      {hint && (
        <p className="field-hint" id={hintId}>
          {hint}
        </p>
      )}
      {error?.message && (
        <p className="field-error" id={errorId} role="alert">
          {t.loose(error.message)}
        </p>
      )}
      {warning && (
        <p className="field-warning" id={warningId}>
          {warning}
        </p>
      )}
    </div>
  );
}

type Common = Omit<FieldShellProps, 'children'>;

export function TextField({
  label,
  hint,
  error,
  warning,
  required,
  className,
  ...input
}: Common & InputHTMLAttributes<HTMLInputElement>) {
  return (
    <FieldShell {...{ label, hint, error, warning, required, className }}>
      {({ id, describedBy, invalid }) => (
        <input id={id} aria-describedby={describedBy} aria-invalid={invalid || undefined} {...input} />
      )}
    </FieldShell>
  );
}

export function TextAreaField({
  label,
  hint,
  error,
  warning,
  required,
  className,
  ...input
}: Common & TextareaHTMLAttributes<HTMLTextAreaElement>) {
  return (
    <FieldShell {...{ label, hint, error, warning, required, className }}>
      {({ id, describedBy, invalid }) => (
        <textarea
          id={id}
          rows={3}
          aria-describedby={describedBy}
          aria-invalid={invalid || undefined}
          {...input}
        />
      )}
    </FieldShell>
  );
}

export function SelectField({
  label,
  hint,
  error,
  warning,
  required,
  className,
  options,
  ...select
}: Common & SelectHTMLAttributes<HTMLSelectElement> & { options: { value: string; label: string }[] }) {
  return (
    <FieldShell {...{ label, hint, error, warning, required, className }}>
      {({ id, describedBy, invalid }) => (
        <select id={id} aria-describedby={describedBy} aria-invalid={invalid || undefined} {...select}>
          {options.map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
        </select>
      )}
    </FieldShell>
  );
}

/** For <input type="number">: '' becomes null, anything else a number (NaN fails validation). */
export const nullableNumber = (v: unknown) => (v === '' || v === null || v === undefined ? null : Number(v));
/** For <input type="date">: '' becomes null. */
export const nullableString = (v: unknown) => (v === '' || v === undefined ? null : v);
