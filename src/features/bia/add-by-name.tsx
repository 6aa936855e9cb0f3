// A one-field form that adds a record by name: the name stays in the field until it is stored, and
// a missing or too long name shows its error beside the field.
import { useState, type FormEvent } from 'react';
import { TextField } from '../../components/form/field';
import { useGuardedAction } from '../../components/use-guarded-action';
import { WriteError } from '../../components/write-error';
import type { WriteOutcome } from '../../db/guarded-write';
import { newNameSchema } from './data';

export function AddByName({
  label,
  button,
  add,
}: {
  label: string;
  button: string;
  add: (name: string) => Promise<WriteOutcome<unknown>>;
}) {
  const [name, setName] = useState('');
  const [error, setError] = useState<string | undefined>();
  const action = useGuardedAction(add, { onSuccess: () => setName('') });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const parsed = newNameSchema.safeParse(name);
    if (!parsed.success) {
      setError(parsed.error.issues[0]!.message);
      return;
    }
    setError(undefined);
    action.start(parsed.data);
  };
  return (
    <form className="bia-add" onSubmit={submit} noValidate>
      <TextField
        label={label}
        value={name}
        error={error ? { message: error } : undefined}
        onChange={(e) => setName(e.target.value)}
      />
      <button type="submit" disabled={action.busy}>
        {button}
      </button>
      <WriteError error={action.error} onRetry={action.retry} />
    </form>
  );
}
