// The fields of a contact, shared by the "add" dialog and the autosave editor.
import type { UseFormReturn } from 'react-hook-form';
import type { z } from 'zod';
import { contactKinds, contactPriorities, type Contact } from '../../domain/communications';
import { nullableNumber, nullableString, SelectField, TextField } from '../../components/form/field';
import { useT } from '../../i18n/use-i18n';
import type { contactFormSchema } from './form-schemas';

export type ContactFormValues = z.input<typeof contactFormSchema>;

type Props = {
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  form: UseFormReturn<ContactFormValues, any, any>;
  callers: Pick<Contact, 'id' | 'name'>[];
  autoFocus?: boolean;
};

export function ContactFields({ form, callers, autoFocus }: Props) {
  const t = useT();
  const { errors } = form.formState;
  const kind = form.watch('kind');
  return (
    <div className="form-grid">
      <TextField
        label={t('communications.contacts.name')}
        required
        autoFocus={autoFocus}
        error={errors.name}
        {...form.register('name')}
      />
      <SelectField
        label={t('communications.contacts.kind')}
        options={contactKinds.map((k) => ({ value: k, label: t(`communications.contacts.kind.${k}`) }))}
        {...form.register('kind')}
      />
      <TextField label={t('communications.contacts.role')} error={errors.role} {...form.register('role')} />
      <TextField label={t('communications.contacts.team')} error={errors.team} {...form.register('team')} />
      <SelectField
        label={t('communications.contacts.priority')}
        options={contactPriorities.map((p) => ({
          value: p,
          label: t(`communications.contacts.priority.${p}`),
        }))}
        {...form.register('priority')}
      />
      <TextField
        type="email"
        autoComplete="off"
        label={t('communications.contacts.email')}
        error={errors.email}
        {...form.register('email')}
      />
      <TextField
        type="tel"
        label={t('communications.contacts.officePhone')}
        error={errors.officePhone}
        {...form.register('officePhone')}
      />
      <TextField
        type="tel"
        label={t('communications.contacts.mobilePhone')}
        error={errors.mobilePhone}
        {...form.register('mobilePhone')}
      />
      <TextField
        type="number"
        inputMode="numeric"
        min={1}
        max={99}
        label={t('communications.contacts.escalationOrder')}
        hint={t('communications.contacts.escalationHint')}
        error={errors.escalationOrder}
        {...form.register('escalationOrder', { setValueAs: nullableNumber })}
      />
      <SelectField
        label={t('communications.contacts.calledBy')}
        options={[
          { value: '', label: t('communications.contacts.calledByNone') },
          ...callers.map((c) => ({ value: c.id, label: c.name })),
        ]}
        {...form.register('calledById', { setValueAs: nullableString })}
      />
      <TextField
        label={t('communications.contacts.availabilityHours')}
        hint={t('communications.contacts.availabilityHint')}
        error={errors.availabilityHours}
        {...form.register('availabilityHours')}
      />
      <TextField
        label={t('communications.contacts.timeZone')}
        hint={t('communications.contacts.timeZoneHint')}
        autoComplete="off"
        error={errors.timeZone}
        {...form.register('timeZone')}
      />
      <TextField
        type="date"
        label={t('communications.contacts.lastVerified')}
        error={errors.lastVerifiedDate}
        {...form.register('lastVerifiedDate', { setValueAs: nullableString })}
      />
      {kind === 'vendor' && (
        <>
          <TextField
            label={t('communications.contacts.contractRef')}
            error={errors.contractRef}
            {...form.register('contractRef')}
          />
          <TextField
            label={t('communications.contacts.supportHours')}
            error={errors.supportHours}
            {...form.register('supportHours')}
          />
        </>
      )}
    </div>
  );
}
