// The customer / shared / provider responsibility matrix for both phases, and the checklist status.
import { Text } from '@react-pdf/renderer';
import type { ResponsibilityItem } from '../../../../domain/responsibility';
import { label } from '../labels';
import { Empty, H2, Section, Table } from '../parts';
import type { PlanText } from '../plan-text';
import { oneLine } from '../safe-text';
import { styles } from '../styles';
import type { SectionProps } from './section-props';

export const itemTitle = (item: ResponsibilityItem, text: PlanText) =>
  oneLine(item.title) ||
  (item.catalogueKey ? label(text, 'respItem', item.catalogueKey) : label(text, 'respArea', item.area));

function Matrix({ items, text }: { items: ResponsibilityItem[]; text: PlanText }) {
  const { t } = text;
  if (items.length === 0) return <Empty>{t('planExport.doc.nothingYet')}</Empty>;
  return (
    <Table
      columns={[
        { title: t('planExport.resp.item'), width: '44%' },
        { title: t('planExport.resp.owner'), width: '16%' },
        { title: t('planExport.resp.status'), width: '18%' },
        { title: t('planExport.resp.person'), width: '22%' },
      ]}
      rows={items.map((item) => [
        itemTitle(item, text),
        label(text, 'owner', item.owner),
        label(text, 'reviewStatus', item.reviewStatus),
        item.responsiblePerson,
      ])}
    />
  );
}

export function Responsibilities({ data, text, marks }: SectionProps) {
  const { t } = text;
  const items = data.responsibilities.filter((r) => !r.hidden);
  const count = (status: ResponsibilityItem['reviewStatus']) =>
    items.filter((r) => r.reviewStatus === status).length;
  return (
    <Section id="responsibilities" title={t('planExport.section.responsibilities')} marks={marks}>
      <H2>{t('planExport.resp.checklist')}</H2>
      <Text style={styles.p}>
        {t('planExport.resp.checklistLine', {
          total: items.length,
          reviewed: items.length - count('not_reviewed'),
          inPlace: count('in_place'),
          partial: count('partial'),
          gaps: count('gap'),
        })}
      </Text>
      {/* Each item once: items for both phases have their own table instead of printing twice. */}
      <H2>{t('planExport.resp.phaseIncident')}</H2>
      <Matrix items={items.filter((r) => r.phase === 'incident')} text={text} />
      <H2>{t('planExport.resp.phaseRegular')}</H2>
      <Matrix items={items.filter((r) => r.phase === 'regular')} text={text} />
      <H2>{t('planExport.resp.phaseBoth')}</H2>
      <Matrix items={items.filter((r) => r.phase === 'both')} text={text} />
    </Section>
  );
}
