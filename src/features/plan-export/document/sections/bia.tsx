// The business impact analysis in the plan: processes by tier with MTPD, RTO, RPO and whether
// their dependencies let the RTO be met; each process's impact over time (vector charts) and money
// estimate; dependency gaps, single points of failure, key people without a backup; and per
// scenario what the engine finds. All figures come from domain/bia-report.ts.
import { Text, View } from '@react-pdf/renderer';
import {
  BIA_HORIZON_HOURS,
  formatMoney,
  IMPACT_CATEGORIES,
  OUTAGE_BUCKETS,
  type BiaProcess,
} from '../../../../domain/bia';
import { biaReport, type ReportProcess } from '../../../../domain/bia-report';
import { SCENARIO_LINE_HOURS } from '../../../../domain/bia-scenario';
import { Empty, H2, H3, Section, Table } from '../parts';
import type { PlanText } from '../plan-text';
import { oneLine } from '../safe-text';
import { styles } from '../styles';
import { ImpactCharts } from './bia-charts';
import type { SectionProps } from './section-props';

const hours = (text: PlanText, h: number | null) =>
  h === null ? text.t('bia.pdf.notSet') : text.t('bia.hours', { hours: text.number(h) });

function mtpdCell(text: PlanText, row: ReportProcess) {
  if (row.process.mtpdHours !== null) return hours(text, row.process.mtpdHours);
  return row.mtpdHours === null
    ? text.t('bia.pdf.notSet')
    : text.t('bia.pdf.suggested', { hours: text.number(row.mtpdHours) });
}

function metCell(text: PlanText, row: ReportProcess) {
  if (row.canMeet === 'noRto') return text.t('bia.pdf.noRto');
  if (row.canMeet === 'met') return text.t('bia.pdf.met');
  return text.t('bia.pdf.notMet', { hours: text.number(row.backAt) });
}

/** "1 hour ₩1,000,000 · 1 day ₩5,000,000", or null when no estimate is entered. */
function moneyLine(text: PlanText, p: BiaProcess): string | null {
  const locale = text.lang === 'ko' ? 'ko-KR' : 'en-GB';
  const parts = OUTAGE_BUCKETS.flatMap((b, i) => {
    const amount = p.money[i];
    return amount === null || amount === undefined
      ? []
      : [`${text.t(`bia.bucket.${b.key}`)} ${formatMoney(locale, p.currency, amount)}`];
  });
  return parts.length === 0 ? null : text.t('bia.pdf.money', { list: parts.join(' · ') });
}

const hasImpact = (p: BiaProcess) => IMPACT_CATEGORIES.some((c) => p.impact[c].some((l) => l !== 'none'));

export function Bia({ data, text, marks }: SectionProps) {
  const { t } = text;
  const report = biaReport({
    processes: data.biaProcesses,
    resources: data.biaResources,
    dependencies: data.biaDependencies,
    alternatives: data.biaAlternatives,
    scenarios: data.scenarios,
    scenarioImpacts: data.biaScenarioImpacts,
  });
  const processName = new Map(data.biaProcesses.map((p) => [p.id, oneLine(p.name)]));
  const resourceName = new Map(data.biaResources.map((r) => [r.id, oneLine(r.name)]));
  const nameOf = (key: string) =>
    (key.startsWith('p:') ? processName.get(key.slice(2)) : resourceName.get(key.slice(2))) ?? '';
  const list = (lines: string[]) =>
    lines.length === 0 ? (
      <Empty>{t('bia.pdf.none')}</Empty>
    ) : (
      lines.map((line, i) => (
        <Text key={i} style={styles.p}>
          {`• ${line}`}
        </Text>
      ))
    );
  return (
    <Section id="bia" title={t('planExport.section.bia')} marks={marks}>
      {report.processes.length === 0 ? (
        <Empty>{t('planExport.doc.nothingYet')}</Empty>
      ) : (
        <>
          <Text style={styles.p}>{t('bia.pdf.intro')}</Text>
          <H2>{t('bia.pdf.byTier')}</H2>
          <Table
            columns={[
              { title: t('bia.colProcess'), width: '30%' },
              { title: t('bia.colTier'), width: '8%' },
              { title: t('bia.pdf.colMtpd'), width: '17%' },
              { title: t('bia.pdf.colRto'), width: '10%' },
              { title: t('bia.pdf.colRpo'), width: '10%' },
              { title: t('bia.pdf.colMet'), width: '25%' },
            ]}
            rows={report.processes.map((row) => [
              oneLine(row.process.name),
              String(row.process.tier),
              mtpdCell(text, row),
              hours(text, row.process.rtoHours),
              hours(text, row.process.rpoHours),
              metCell(text, row),
            ])}
          />
          {report.processes.map(({ process }) => {
            const money = moneyLine(text, process);
            return (
              <View key={process.id} style={styles.section}>
                <H3>{t('bia.pdf.charts', { name: oneLine(process.name) })}</H3>
                {hasImpact(process) ? (
                  <ImpactCharts grid={process.impact} text={text} />
                ) : (
                  <Empty>{t('bia.pdf.noImpact', { name: oneLine(process.name) })}</Empty>
                )}
                {money && <Text style={styles.small}>{money}</Text>}
              </View>
            );
          })}
          <H2>{t('bia.pdf.gaps')}</H2>
          {list(
            report.gaps.map((g) =>
              t('bia.gap', {
                process: processName.get(g.processId) ?? '',
                rto: text.number(g.rtoHours),
                cause: g.resourceId ? (resourceName.get(g.resourceId) ?? '') : '',
                hours: text.number(g.backAt),
              }),
            ),
          )}
          <H2>{t('bia.pdf.singlePoints')}</H2>
          {list(
            report.singlePoints.map((sp) =>
              t('bia.singlePoint', {
                resource: resourceName.get(sp.resourceId) ?? '',
                count: sp.processIds.length,
              }),
            ),
          )}
          <H2>{t('bia.pdf.keyPeople')}</H2>
          {list(report.keyPeople.map((id) => t('bia.keyPerson', { resource: resourceName.get(id) ?? '' })))}
          {report.cycles.length > 0 && (
            <>
              <H2>{t('bia.pdf.cycles')}</H2>
              {list(report.cycles.map((c) => t('bia.cycle', { names: c.map(nameOf).join(' → ') })))}
            </>
          )}
        </>
      )}
      <H2>{t('bia.pdf.scenarios')}</H2>
      {report.scenarios.length === 0 ? (
        <Empty>{t('bia.pdf.scenariosNone')}</Empty>
      ) : (
        report.scenarios.map((f) => (
          <View key={f.scenarioId} style={styles.section}>
            <H3>{oneLine(f.title)}</H3>
            <Text style={styles.p}>
              {t('bia.pdf.scenarioLine', {
                count: f.tierOneBrokenEarly,
                hours: SCENARIO_LINE_HOURS,
                rto: f.breaches.length,
                mtpd: f.breaches.filter((b) => b.mtpdBreachAt !== null).length,
              })}
            </Text>
            {f.breaches.map((b) => {
              const back =
                b.backAt > BIA_HORIZON_HOURS
                  ? t('bia.pdf.notBack')
                  : t('bia.pdf.backAfter', { hours: text.number(b.backAt) });
              const vars = {
                process: processName.get(b.processId) ?? '',
                rto: text.number(b.rtoBreachAt),
                back,
              };
              return (
                <Text key={b.processId} style={styles.p}>
                  {`• ${
                    b.mtpdBreachAt === null
                      ? t('bia.pdf.breach', vars)
                      : t('bia.pdf.breachMtpd', { ...vars, mtpd: text.number(b.mtpdBreachAt) })
                  }`}
                </Text>
              );
            })}
          </View>
        ))
      )}
    </Section>
  );
}
