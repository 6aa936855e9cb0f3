// One provider status channel: do we use it, who watches, how they hear, where it is, fallback order.
import { useId } from 'react';
import type { ProviderChannel } from '../../domain/communications';
import { adminCenterKinds } from '../../domain/communications-readiness';
import { nullableNumber, TextAreaField, TextField } from '../../components/form/field';
import { useT } from '../../i18n/use-i18n';
import { useProviderChannelForm } from './data';

export function ProviderChannelCard({ channel }: { channel: ProviderChannel }) {
  const t = useT();
  const headingId = useId();
  const usedId = useId();
  const form = useProviderChannelForm(channel);
  const { errors } = form.formState;
  const insideAdminCenter = adminCenterKinds.includes(channel.kind);
  return (
    <article className="communications-card" aria-labelledby={headingId} data-used={channel.used}>
      <h3 id={headingId}>{t(`communications.channel.${channel.kind}.name`)}</h3>
      <p className="muted">{t(`communications.channel.${channel.kind}.explain`)}</p>
      <form className="form-grid" noValidate onSubmit={(e) => e.preventDefault()}>
        <div className="field span-2">
          <label className="inline" htmlFor={usedId}>
            <input id={usedId} type="checkbox" {...form.register('used')} />{' '}
            {t('communications.provider.used')}
          </label>
        </div>
        <TextField
          label={t('communications.provider.watcher')}
          error={errors.watcher}
          {...form.register('watcher')}
        />
        <TextField
          label={t('communications.provider.alertMethod')}
          hint={t('communications.provider.alertHint')}
          error={errors.alertMethod}
          {...form.register('alertMethod')}
        />
        <TextField
          label={t('communications.provider.address')}
          error={errors.address}
          {...form.register('address')}
        />
        {insideAdminCenter ? (
          <p className="muted communications-note">{t('communications.provider.insideAdminCenter')}</p>
        ) : (
          <TextField
            type="number"
            inputMode="numeric"
            min={1}
            max={99}
            label={t('communications.provider.fallbackOrder')}
            hint={t('communications.provider.fallbackHint')}
            error={errors.fallbackOrder}
            {...form.register('fallbackOrder', { setValueAs: nullableNumber })}
          />
        )}
        <TextAreaField
          className="span-2"
          label={t('communications.provider.notes')}
          error={errors.notes}
          {...form.register('notes')}
        />
      </form>
    </article>
  );
}
