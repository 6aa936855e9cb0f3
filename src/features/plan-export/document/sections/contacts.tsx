// Appendix A: the contacts, with role, phones, e-mail and when each was last checked, and the call
// tree drawn with box-drawing connectors (the font has them).
import { Text, View } from '@react-pdf/renderer';
import { buildCallTree, type CallTreeNode } from '../../../../domain/call-tree';
import type { Contact } from '../../../../domain/communications';
import { Empty, H2, Section, Table } from '../parts';
import { oneLine } from '../safe-text';
import { styles } from '../styles';
import type { SectionProps } from './section-props';

function CallTree({ nodes, depth }: { nodes: CallTreeNode<Contact>[]; depth: number }) {
  return (
    <>
      {nodes.map((n) => (
        <View key={n.contact.id}>
          <Text style={[styles.p, { marginLeft: depth * 16 }]}>
            {`${depth === 0 ? '■' : '└'} ${oneLine(n.contact.name)}${n.contact.role ? ` (${oneLine(n.contact.role)})` : ''}${
              n.contact.mobilePhone || n.contact.officePhone
                ? ` · ${n.contact.mobilePhone || n.contact.officePhone}`
                : ''
            }`}
          </Text>
          {/* Deep trees are flattened visually after a few levels so the text keeps its width. */}
          <CallTree nodes={n.children} depth={Math.min(depth + 1, 6)} />
        </View>
      ))}
    </>
  );
}

export function Contacts({ data, text, marks }: SectionProps) {
  const { t } = text;
  const tree = buildCallTree(data.contacts);
  return (
    <Section id="contacts" title={t('planExport.section.contacts')} marks={marks}>
      {data.contacts.length === 0 ? (
        <Empty>{t('planExport.doc.nothingYet')}</Empty>
      ) : (
        <>
          <Table
            columns={[
              { title: t('planExport.comms.contactName'), width: '20%' },
              { title: t('planExport.comms.role'), width: '22%' },
              { title: t('planExport.comms.phones'), width: '18%' },
              { title: t('planExport.comms.email'), width: '22%' },
              { title: t('planExport.comms.escalation'), width: '8%' },
              { title: t('planExport.comms.verified'), width: '10%' },
            ]}
            rows={data.contacts.map((c) => [
              `${oneLine(c.name)}${c.kind === 'vendor' ? ` (${t('planExport.comms.vendor')})` : ''}${c.priority === 'alternate' ? ` · ${t('planExport.comms.alternate')}` : ''}`,
              [c.role, c.team, c.contractRef, c.supportHours].map(oneLine).filter(Boolean).join(' · '),
              [c.mobilePhone, c.officePhone].filter(Boolean).join(' / '),
              c.email,
              c.escalationOrder === null ? '' : String(c.escalationOrder),
              text.date(c.lastVerifiedDate),
            ])}
          />
          <H2>{t('planExport.comms.callTree')}</H2>
          <Text style={styles.muted}>{t('planExport.comms.callTreeIntro')}</Text>
          <View style={{ marginTop: 4 }}>
            <CallTree nodes={tree.roots} depth={0} />
          </View>
          {tree.inLoop.length > 0 && (
            <Text style={styles.warn}>
              {`${t('planExport.comms.inLoop')} ${tree.inLoop.map((c) => oneLine(c.name)).join(', ')}`}
            </Text>
          )}
        </>
      )}
    </Section>
  );
}
