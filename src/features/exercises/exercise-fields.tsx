// An exercise's name, type, date and status: the fields the new-exercise dialog asks for and the
// exercise editor edits in place, written once. Each form registers them its own way (the dialog
// with a draft, the editor with autosave) and passes them in.
import type { FieldError, UseFormRegisterReturn } from 'react-hook-form';
import { EXERCISE_STATUSES, EXERCISE_TYPES } from '../../domain/exercise';
import { SelectField, TextField } from '../../components/form/field';
import { useT } from '../../i18n/use-i18n';

type Props = {
  fields: Record<'title' | 'type' | 'date' | 'status', UseFormRegisterReturn>;
  errors: { title?: FieldError | undefined; date?: FieldError | undefined };
  /** The dialog starts in the name field; the editor does not move focus. */
  autoFocus?: boolean;
};

export function ExerciseBasicFields({ fields, errors, autoFocus }: Props) {
  const t = useT();
  return (
    <>
      <TextField
        label={t('exercises.title')}
        required
        autoFocus={autoFocus}
        error={errors.title}
        {...fields.title}
      />
      <SelectField
        label={t('exercises.type')}
        options={EXERCISE_TYPES.map((v) => ({ value: v, label: t(`exercises.type.${v}`) }))}
        {...fields.type}
      />
      <TextField type="date" label={t('exercises.date')} required error={errors.date} {...fields.date} />
      <SelectField
        label={t('exercises.status')}
        options={EXERCISE_STATUSES.map((v) => ({ value: v, label: t(`exercises.status.${v}`) }))}
        {...fields.status}
      />
    </>
  );
}
