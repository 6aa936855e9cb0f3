// Continuity team and vendor contacts: add, edit with autosave, flag stale ones, export as CSV.
import { zodResolver } from '@hookform/resolvers/zod';
import { useId, useState } from 'react';
import { useForm } from 'react-hook-form';
import type { z } from 'zod';
import { createRecord, patchRecord, softDeleteRecord, undeleteRecord } from '../../db/records';
import { isContactStale, possibleCallers } from '../../domain/call-tree';
import type { Contact } from '../../domain/communications';
import { Dialog } from '../../components/dialog';
import { useAutosaveForm } from '../../components/form/use-autosave-form';
import { showToast } from '../../components/toast';
import { csvBlob } from '../../lib/csv';
import { todayIso } from '../../lib/dates';
import { downloadBlob } from '../../lib/download';
import { useT } from '../../i18n/use-i18n';
import { ContactFields, type ContactFormValues } from './contact-fields';
import { contactsCsv } from './contacts-csv';
import { contactFormSchema } from './form-schemas';

export function ContactsSection({ workbookId, contacts }: { workbookId: string; contacts: Contact[] }) {
  const t = useT();
  const [adding, setAdding] = useState(false);
  const today = todayIso();
  const staleCount = contacts.filter((c) => isContactStale(c, today)).length;
  return (
    <section className="page" aria-labelledby="comms-contacts-heading">
      <h2 id="comms-contacts-heading">{t('communications.contacts.heading')}</h2>
      <p>{t('communications.contacts.intro')}</p>
      <div className="communications-toolbar">
        <button type="button" onClick={() => setAdding(true)}>
          {t('communications.contacts.add')}
        </button>
        <button
          type="button"
          className="secondary"
          disabled={contacts.length === 0}
          onClick={() =>
            downloadBlob(
              csvBlob(contactsCsv(t, contacts)),
              `${t('communications.csv.fileName')}-${today}.csv`,
            )
          }
        >
          {t('communications.contacts.exportCsv')}
        </button>
      </div>
      {staleCount > 0 && (
        <p className="badge badge-warning">
          {t('communications.contacts.staleCount', { count: staleCount })}
        </p>
      )}
      {contacts.length === 0 && <p className="muted">{t('communications.contacts.none')}</p>}
      <div className="communications-list">
        {contacts.map((c) => (
          <ContactCard key={c.id} contact={c} contacts={contacts} today={today} />
        ))}
      </div>
      <NewContactDialog
        workbookId={workbookId}
        contacts={contacts}
        open={adding}
        onClose={() => setAdding(false)}
      />
    </section>
  );
}

function ContactCard({ contact, contacts, today }: { contact: Contact; contacts: Contact[]; today: string }) {
  const t = useT();
  const headingId = useId();
  const form = useAutosaveForm({ schema: contactFormSchema, table: 'contacts', record: contact });
  const stale = isContactStale(contact, today);
  const remove = async () => {
    await softDeleteRecord('contacts', contact.id);
    showToast({
      text: t('communications.contacts.deleted', { name: contact.name }),
      actionLabel: t('common.undo'),
      onAction: () => void undeleteRecord('contacts', contact.id),
    });
  };
  const summary = [contact.role, contact.team].filter(Boolean).join(' · ');
  return (
    <article className="communications-card" aria-labelledby={headingId} data-stale={stale}>
      <h3 id={headingId}>{contact.name}</h3>
      <p className="communications-tags">
        <span className="badge">{t(`communications.contacts.kind.${contact.kind}`)}</span>{' '}
        <span className="badge">{t(`communications.contacts.priority.${contact.priority}`)}</span>{' '}
        {stale && (
          <span className="badge badge-warning">
            {t(
              contact.lastVerifiedDate
                ? 'communications.contacts.stale'
                : 'communications.contacts.neverVerified',
            )}
          </span>
        )}
        {summary && <span className="muted"> {summary}</span>}
      </p>
      <details>
        <summary>{t('communications.contacts.edit')}</summary>
        <form noValidate onSubmit={(e) => e.preventDefault()}>
          <ContactFields form={form} callers={possibleCallers(contacts, contact.id)} />
        </form>
      </details>
      <div
        className="card-actions"
        role="group"
        aria-label={t('communications.contacts.actionsFor', { name: contact.name })}
      >
        {stale && (
          <button
            type="button"
            className="secondary"
            onClick={() => void patchRecord('contacts', contact.id, { lastVerifiedDate: today })}
          >
            {t('communications.contacts.markVerified')}
          </button>
        )}
        <button type="button" className="danger" onClick={() => void remove()}>
          {t('communications.contacts.delete')}
        </button>
      </div>
    </article>
  );
}

const empty: ContactFormValues = {
  kind: 'team',
  name: '',
  role: '',
  team: '',
  priority: 'primary',
  officePhone: '',
  mobilePhone: '',
  email: '',
  escalationOrder: null,
  calledById: null,
  lastVerifiedDate: null,
  contractRef: '',
  supportHours: '',
};

type DialogProps = { workbookId: string; contacts: Contact[]; open: boolean; onClose: () => void };

function NewContactDialog({ workbookId, contacts, open, onClose }: DialogProps) {
  const t = useT();
  const form = useForm<ContactFormValues, unknown, z.output<typeof contactFormSchema>>({
    resolver: zodResolver(contactFormSchema),
    defaultValues: empty,
  });
  const close = () => {
    form.reset(empty);
    onClose();
  };
  return (
    <Dialog open={open} onClose={close} title={t('communications.contacts.newTitle')} wide>
      <form
        noValidate
        onSubmit={form.handleSubmit(async (values) => {
          await createRecord('contacts', {
            ...values,
            workbookId,
          });
          close();
        })}
      >
        <ContactFields form={form} callers={contacts} autoFocus />
        <div className="form-actions">
          <button type="submit" disabled={form.formState.isSubmitting}>
            {t('communications.contacts.add')}
          </button>
          <button type="button" className="secondary" onClick={close}>
            {t('common.cancel')}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
