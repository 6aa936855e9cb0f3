// Who calls whom, as a nested list built from each contact's "Called by".
import { buildCallTree, isContactStale, type CallTreeNode } from '../../domain/call-tree';
import type { Contact } from '../../domain/communications';
import { todayIso } from '../../lib/dates';
import { useT } from '../../i18n/use-i18n';

export function CallTreeView({ contacts }: { contacts: Contact[] }) {
  const t = useT();
  const { roots, inLoop } = buildCallTree(contacts);
  const today = todayIso();
  const renderNodes = (nodes: CallTreeNode<Contact>[]) => (
    <ul>
      {nodes.map(({ contact, children }) => (
        <li key={contact.id}>
          <span className="communications-tree-name">{contact.name}</span>
          {contact.role && <span className="muted"> · {contact.role}</span>}
          {(contact.mobilePhone || contact.officePhone) && (
            <span> · {contact.mobilePhone || contact.officePhone}</span>
          )}
          {isContactStale(contact, today) && (
            <span className="badge badge-warning">{t('communications.contacts.stale')}</span>
          )}
          {children.length > 0 && renderNodes(children)}
        </li>
      ))}
    </ul>
  );
  return (
    <section className="page" aria-labelledby="comms-tree-heading">
      <h2 id="comms-tree-heading">{t('communications.tree.heading')}</h2>
      <p>{t('communications.tree.intro')}</p>
      {contacts.length === 0 ? (
        <p className="muted">{t('communications.tree.empty')}</p>
      ) : (
        <div className="communications-tree" data-testid="call-tree">
          {renderNodes(roots)}
        </div>
      )}
      {inLoop.length > 0 && (
        <p className="field-error">
          {t('communications.tree.loop', { names: inLoop.map((c) => c.name).join(', ') })}
        </p>
      )}
    </section>
  );
}
