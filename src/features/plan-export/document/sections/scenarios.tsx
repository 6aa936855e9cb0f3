// Recovery strategies by scenario, in the body: one line per scenario with its score and recovery
// objectives, in the one risk ranking (domain/risk-ranking.ts). The full card of each scenario is
// in the appendix (scenario-cards.tsx) under the same number.
import { Text } from '@react-pdf/renderer';
import { rankRisks } from '../../../../domain/risk-ranking';
import { isActionOpen, riskScore, severityOf } from '../../../../domain/scenario';
import { label } from '../labels';
import { groupBy } from '../plan-data';
import { Empty, Section, Table } from '../parts';
import type { PlanText } from '../plan-text';
import { styles } from '../styles';
import type { SectionProps } from './section-props';

/** "4 h / 1 h", with "–" for an objective not set. */
export const objectives = (text: PlanText, rto: number | null, rpo: number | null) =>
  [rto, rpo]
    .map((h) => (h === null ? '–' : text.t('planExport.doc.hours', { hours: text.number(h) })))
    .join(' / ');

export function Scenarios({ data, text, marks }: SectionProps) {
  const { t } = text;
  const actions = groupBy(data.mitigationActions, (a) => a.scenarioId);
  const ranked = rankRisks(data.scenarios);
  return (
    <Section id="scenarios" title={t('planExport.section.scenarios')} marks={marks}>
      {ranked.length === 0 ? (
        <Empty>{t('planExport.doc.nothingYet')}</Empty>
      ) : (
        <>
          <Text style={styles.p}>{t('leadership.overview.intro')}</Text>
          <Text style={styles.muted}>{t('leadership.page.tieRule')}</Text>
          <Table
            columns={[
              { title: '#', width: '6%' },
              { title: t('leadership.page.scenario'), width: '44%' },
              { title: t('leadership.page.score'), width: '15%' },
              { title: t('leadership.overview.objectives'), width: '15%' },
              { title: t('leadership.overview.status'), width: '11%' },
              { title: t('leadership.overview.openActions'), width: '9%' },
            ]}
            rows={ranked.map((sc, i) => [
              String(i + 1),
              sc.title,
              `${riskScore(sc)} (${label(text, 'band', severityOf(sc))})`,
              objectives(text, sc.rtoHours, sc.rpoHours),
              label(text, 'scenarioStatus', sc.status),
              String((actions.get(sc.id) ?? []).filter(isActionOpen).length),
            ])}
          />
        </>
      )}
    </Section>
  );
}
