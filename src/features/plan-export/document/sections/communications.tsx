// Communications: the provider's commitments, its status channels in fallback order (the admin
// center's own dashboard is never a fallback), and internal channels. Contacts and the call tree
// are Appendix A (contacts.tsx).
import { Text } from '@react-pdf/renderer';
import type { ProviderChannel } from '../../../../domain/communications';
import { adminCenterKinds } from '../../../../domain/communications-readiness';
import { label } from '../labels';
import { Empty, H2, Section, Table } from '../parts';
import type { PlanText } from '../plan-text';
import { styles } from '../styles';
import type { SectionProps } from './section-props';

/**
 * A channel's place in the fallback order. Channels inside the admin center (its own service
 * health dashboard) are never a fallback for it, as the app says, whatever number they hold.
 */
const fallbackPlace = (c: ProviderChannel) => (adminCenterKinds.includes(c.kind) ? null : c.fallbackOrder);
const byFallback = (a: ProviderChannel, b: ProviderChannel) =>
  (fallbackPlace(a) ?? 1000) - (fallbackPlace(b) ?? 1000) || a.order - b.order;

const yesNo = (text: PlanText, v: boolean) => text.t(v ? 'planExport.doc.yes' : 'planExport.doc.no');

export function Communications({ data, text, marks }: SectionProps) {
  const { t } = text;
  const channels = [...data.providerChannels].sort(byFallback);
  return (
    <Section id="communications" title={t('planExport.section.communications')} marks={marks}>
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
    </Section>
  );
}
