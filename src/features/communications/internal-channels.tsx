// Internal channels: how we reach staff and the helpdesk, and whether each survives a provider outage.
import { useId, useState } from 'react';
import type { z } from 'zod';
import { internalChannelKinds, worksWhenDownValues, type InternalChannel } from '../../domain/communications';
import { SelectField, TextAreaField, TextField } from '../../components/form/field';
import { FormDialog } from '../../components/form/form-dialog';
import { useDeleteWithUndo } from '../../components/use-delete-with-undo';
import { WriteError } from '../../components/write-error';
import { useT, type T } from '../../i18n/use-i18n';
import {
  addInternalChannel,
  removeInternalChannel,
  restoreInternalChannel,
  useInternalChannelForm,
} from './data';
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
  const form = useInternalChannelForm(channel);
  const { errors } = form.formState;
  const remove = useDeleteWithUndo({
    remove: () => removeInternalChannel(channel.id),
    undo: () => restoreInternalChannel(channel.id),
    text: t('communications.internal.deleted', { name: channel.name }),
  });
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
        <button type="button" className="danger" disabled={remove.busy} onClick={() => remove.start()}>
          {t('communications.internal.delete')}
        </button>
      </div>
      <WriteError error={remove.error} onRetry={remove.retry} />
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
  return (
    <FormDialog
      open={open}
      onClose={onClose}
      title={t('communications.internal.newTitle')}
      schema={internalChannelFormSchema}
      empty={empty}
      draftKey={`${workbookId}:new-internal-channel`}
      submitLabel={t('communications.internal.add')}
      save={(values) => addInternalChannel(workbookId, values)}
      onSaved={onClose}
    >
      {(form) => {
        const { errors } = form.formState;
        return (
          <>
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
          </>
        );
      }}
    </FormDialog>
  );
}
