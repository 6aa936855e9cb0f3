// Continuity team and vendor contacts: add, edit with autosave, flag stale ones, export as CSV.
import { useId, useState } from 'react';
import { isContactStale, possibleCallers } from '../../domain/call-tree';
import type { Contact } from '../../domain/communications';
import { FormDialog } from '../../components/form/form-dialog';
import { useDeleteWithUndo } from '../../components/use-delete-with-undo';
import { useGuardedAction } from '../../components/use-guarded-action';
import { WriteError } from '../../components/write-error';
import { csvBlob } from '../../lib/csv';
import { todayIso } from '../../lib/dates';
import { downloadBlob } from '../../lib/download';
import { useT } from '../../i18n/use-i18n';
import { ContactFields, type ContactFormValues } from './contact-fields';
import { contactsCsv } from './contacts-csv';
import { addContact, markContactVerified, removeContact, restoreContact, useContactForm } from './data';
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
  const form = useContactForm(contact);
  const stale = isContactStale(contact, today);
  const remove = useDeleteWithUndo({
    remove: () => removeContact(contact.id),
    undo: () => restoreContact(contact.id),
    text: t('communications.contacts.deleted', { name: contact.name }),
  });
  const verify = useGuardedAction(markContactVerified);
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
            disabled={verify.busy}
            onClick={() => verify.start(contact.id, today)}
          >
            {t('communications.contacts.markVerified')}
          </button>
        )}
        <button type="button" className="danger" disabled={remove.busy} onClick={() => remove.start()}>
          {t('communications.contacts.delete')}
        </button>
      </div>
      <WriteError error={verify.error ?? remove.error} onRetry={verify.error ? verify.retry : remove.retry} />
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
  availabilityHours: '',
  timeZone: '',
};

type DialogProps = { workbookId: string; contacts: Contact[]; open: boolean; onClose: () => void };

function NewContactDialog({ workbookId, contacts, open, onClose }: DialogProps) {
  const t = useT();
  return (
    <FormDialog
      open={open}
      onClose={onClose}
      title={t('communications.contacts.newTitle')}
      wide
      schema={contactFormSchema}
      empty={empty}
      draftKey={`${workbookId}:new-contact`}
      submitLabel={t('communications.contacts.add')}
      save={(values) => addContact(workbookId, values)}
      onSaved={onClose}
    >
      {(form) => <ContactFields form={form} callers={contacts} autoFocus />}
    </FormDialog>
  );
}
