// Internal channels: how we reach staff and the helpdesk, and whether each survives a provider outage.
import { zodResolver } from '@hookform/resolvers/zod';
import { useId, useState } from 'react';
import { useForm } from 'react-hook-form';
import type { z } from 'zod';
import { createRecord, softDeleteRecord, undeleteRecord } from '../../db/records';
import { internalChannelKinds, worksWhenDownValues, type InternalChannel } from '../../domain/communications';
import { Dialog } from '../../components/dialog';
import { SelectField, TextAreaField, TextField } from '../../components/form/field';
import { useAutosaveForm } from '../../components/form/use-autosave-form';
import { showToast } from '../../components/toast';
import { useT, type T } from '../../i18n/use-i18n';
import { internalChannelFormSchema } from './form-schemas';

type FormValues = z.input<typeof internalChannelFormSchema>;
const kindOptions = (t: T) =>
  internalChannelKinds.map((k) => ({ value: k, label: t(`communications.internal.kind.${k}`) }));
const worksOptions = (t: T) =>
  worksWhenDownValues.map((v) => ({ value: v, label: t(`communications.internal.works.${v}`) }));

export function InternalChannels({
  workbookId,
  channels,
}: {
  workbookId: string;
  channels: InternalChannel[];
}) {
  const t = useT();
  const [adding, setAdding] = useState(false);
  return (
    <section className="page" aria-labelledby="comms-internal-heading">
      <h2 id="comms-internal-heading">{t('communications.internal.heading')}</h2>
      <p>{t('communications.internal.intro')}</p>
      <button type="button" onClick={() => setAdding(true)}>
        {t('communications.internal.add')}
      </button>
      {channels.length === 0 && <p className="muted">{t('communications.internal.none')}</p>}
      <div className="communications-list">
        {channels.map((c) => (
          <InternalChannelCard key={c.id} channel={c} />
        ))}
      </div>
      <NewInternalChannelDialog workbookId={workbookId} open={adding} onClose={() => setAdding(false)} />
    </section>
  );
}

function InternalChannelCard({ channel }: { channel: InternalChannel }) {
  const t = useT();
  const headingId = useId();
  const form = useAutosaveForm({
    schema: internalChannelFormSchema,
    table: 'internalChannels',
    record: channel,
  });
  const { errors } = form.formState;
  const remove = async () => {
    await softDeleteRecord('internalChannels', channel.id);
    showToast({
      text: t('communications.internal.deleted', { name: channel.name }),
      actionLabel: t('common.undo'),
      onAction: () => void undeleteRecord('internalChannels', channel.id),
    });
  };
  return (
    <article
      className="communications-card"
      aria-labelledby={headingId}
      data-works={channel.worksWhenProviderDown}
    >
      <h3 id={headingId}>{channel.name}</h3>
      <form className="form-grid" noValidate onSubmit={(e) => e.preventDefault()}>
        <SelectField
          label={t('communications.internal.kind')}
          error={errors.kind}
          options={kindOptions(t)}
          {...form.register('kind')}
        />
        <TextField
          label={t('communications.internal.name')}
          required
          error={errors.name}
          {...form.register('name')}
        />
        <TextField
          label={t('communications.internal.owner')}
          error={errors.owner}
          {...form.register('owner')}
        />
        <SelectField
          label={t('communications.internal.worksWhenDown')}
          error={errors.worksWhenProviderDown}
          options={worksOptions(t)}
          {...form.register('worksWhenProviderDown')}
        />
        <TextAreaField
          className="span-2"
          label={t('communications.internal.purpose')}
          error={errors.purpose}
          {...form.register('purpose')}
        />
      </form>
      <div
        className="card-actions"
        role="group"
        aria-label={t('communications.internal.actionsFor', { name: channel.name })}
      >
        <button type="button" className="danger" onClick={() => void remove()}>
          {t('communications.internal.delete')}
        </button>
      </div>
    </article>
  );
}

const empty: FormValues = {
  kind: 'email',
  name: '',
  purpose: '',
  owner: '',
  worksWhenProviderDown: 'unknown',
};

function NewInternalChannelDialog({
  workbookId,
  open,
  onClose,
}: {
  workbookId: string;
  open: boolean;
  onClose: () => void;
}) {
  const t = useT();
  const form = useForm<FormValues, unknown, z.output<typeof internalChannelFormSchema>>({
    resolver: zodResolver(internalChannelFormSchema),
    defaultValues: empty,
  });
  const { errors, isSubmitting } = form.formState;
  const close = () => {
    form.reset(empty);
    onClose();
  };
  return (
    <Dialog open={open} onClose={close} title={t('communications.internal.newTitle')}>
      <form
        noValidate
        onSubmit={form.handleSubmit(async (values) => {
          await createRecord('internalChannels', {
            ...values,
            workbookId,
          });
          close();
        })}
      >
        <SelectField
          label={t('communications.internal.kind')}
          options={kindOptions(t)}
          {...form.register('kind')}
        />
        <TextField
          label={t('communications.internal.name')}
          required
          autoFocus
          error={errors.name}
          {...form.register('name')}
        />
        <TextField
          label={t('communications.internal.owner')}
          error={errors.owner}
          {...form.register('owner')}
        />
        <SelectField
          label={t('communications.internal.worksWhenDown')}
          options={worksOptions(t)}
          {...form.register('worksWhenProviderDown')}
        />
        <TextAreaField
          label={t('communications.internal.purpose')}
          error={errors.purpose}
          {...form.register('purpose')}
        />
        <div className="form-actions">
          <button type="submit" disabled={isSubmitting}>
            {t('communications.internal.add')}
          </button>
          <button type="button" className="secondary" onClick={close}>
            {t('common.cancel')}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
