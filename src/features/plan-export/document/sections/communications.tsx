// Provider status channels in fallback order, internal channels, contacts and the call tree.
import { Text, View } from '@react-pdf/renderer';
import { buildCallTree, type CallTreeNode } from '../../../../domain/call-tree';
import type { Contact, ProviderChannel } from '../../../../domain/communications';
import { adminCenterKinds } from '../../../../domain/communications-readiness';
import { label } from '../labels';
import { Empty, H2, SectionHeading, Table } from '../parts';
import type { PlanText } from '../plan-text';
import { oneLine } from '../safe-text';
import { styles } from '../styles';
import type { SectionProps } from './section-props';

/**
 * A channel's place in the fallback order. Channels inside the admin center (its own service
 * health dashboard) are never a fallback for it, as the app says, whatever number they hold.
 */
const fallbackPlace = (c: ProviderChannel) => (adminCenterKinds.includes(c.kind) ? null : c.fallbackOrder);
const byFallback = (a: ProviderChannel, b: ProviderChannel) =>
  (fallbackPlace(a) ?? 1000) - (fallbackPlace(b) ?? 1000) || a.order - b.order;

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

const yesNo = (text: PlanText, v: boolean) => text.t(v ? 'planExport.doc.yes' : 'planExport.doc.no');

export function Communications({ data, text, marks }: SectionProps) {
  const { t } = text;
  const channels = [...data.providerChannels].sort(byFallback);
  const tree = buildCallTree(data.contacts);
  return (
    <View break>
      <SectionHeading id="communications" title={t('planExport.section.communications')} marks={marks} />
      {/* The provider's promises first: the channels below are how they are kept. */}
      <H2>{t('communications.commitments.heading')}</H2>
      {(['timely', 'targeted', 'available'] as const).map((p) => (
        <Text key={p} style={styles.p}>{`• ${t(`communications.commitments.${p}`)}`}</Text>
      ))}
      <H2>{t('planExport.comms.provider')}</H2>
      <Text style={styles.p}>{t('planExport.comms.fallbackIntro')}</Text>
      <Text style={styles.p}>
        {t('planExport.comms.cadence', { minutes: data.workbook.providerCheckCadenceMinutes })}
      </Text>
      {channels.length === 0 ? (
        <Empty>{t('planExport.doc.nothingYet')}</Empty>
      ) : (
        <Table
          columns={[
            { title: t('planExport.comms.order'), width: '9%' },
            { title: t('planExport.comms.channel'), width: '27%' },
            { title: t('planExport.comms.used'), width: '9%' },
            { title: t('planExport.comms.watcher'), width: '18%' },
            { title: t('planExport.comms.alert'), width: '17%' },
            { title: t('planExport.comms.address'), width: '20%' },
          ]}
          rows={channels.map((c, i) => [
            // Sorted fallbacks come first, so the printed place is the rank: 1, 2, 3 with no gaps.
            fallbackPlace(c) === null ? t('planExport.comms.notInOrder') : String(i + 1),
            label(text, 'providerChannel', c.kind),
            yesNo(text, c.used),
            c.watcher,
            c.alertMethod,
            c.address,
          ])}
        />
      )}
      <H2>{t('planExport.comms.internal')}</H2>
      {data.internalChannels.length === 0 ? (
        <Empty>{t('planExport.doc.nothingYet')}</Empty>
      ) : (
        <Table
          columns={[
            { title: t('planExport.comms.name'), width: '22%' },
            { title: t('planExport.comms.kind'), width: '14%' },
            { title: t('planExport.comms.purpose'), width: '30%' },
            { title: t('planExport.comms.owner'), width: '16%' },
            { title: t('planExport.comms.worksWhenDown'), width: '18%' },
          ]}
          rows={data.internalChannels.map((c) => [
            c.name,
            label(text, 'internalKind', c.kind),
            c.purpose,
            c.owner,
            label(text, 'worksWhenDown', c.worksWhenProviderDown),
          ])}
        />
      )}
      <H2>{t('planExport.comms.contacts')}</H2>
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
    </View>
  );
}
