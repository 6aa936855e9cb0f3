// Appendix B: every scenario's card (fields, mitigation actions, policy checks), numbered as in
// the Scenarios overview (the one risk ranking). A card that runs over a page repeats its title
// there with "(continued)"; each card is a bookmark under the appendix's.
import { Text, View } from '@react-pdf/renderer';
import { rankRisks } from '../../../../domain/risk-ranking';
import {
  isActionOverdue,
  isRpoLongerThanRto,
  riskScore,
  severityOf,
  type MitigationAction,
  type PolicyCheck,
  type Scenario,
} from '../../../../domain/scenario';
import { label } from '../labels';
import { groupBy } from '../plan-data';
import { Empty, Field, H3, outline, Paragraphs, Section, Table } from '../parts';
import type { PlanText } from '../plan-text';
import { oneLine } from '../safe-text';
import { styles } from '../styles';
import type { SectionProps } from './section-props';

type Props = {
  scenario: Scenario;
  index: number;
  actions: MitigationAction[];
  checks: PolicyCheck[];
  dependencyNames: Map<string, string>;
  text: PlanText;
  today: string;
  /** Scenario id → the page its card starts on (filled while the pages are laid out). */
  startPages: Map<string, number>;
};

function ScenarioCard({
  scenario: sc,
  index,
  actions,
  checks,
  dependencyNames,
  text,
  today,
  startPages,
}: Props) {
  const { t } = text;
  const title = `${index}. ${oneLine(sc.title)}`;
  const score = riskScore(sc);
  const hours = (h: number | null) =>
    h === null ? t('planExport.doc.notSet') : t('planExport.doc.hours', { hours: text.number(h) });
  const affected = sc.affectedDependencyIds
    .map((id) => dependencyNames.get(id))
    .filter((n): n is string => !!n);
  const long: [string, string][] = [
    [t('planExport.scenario.description'), sc.description],
    [t('planExport.scenario.controls'), sc.controls],
    [t('planExport.scenario.alternateWorking'), sc.alternateWorking],
    [t('planExport.scenario.communicationSteps'), sc.communicationSteps],
  ];
  return (
    <View style={styles.card} {...outline(title)}>
      {/* Fixed: printed again at the top of every page the card continues on. */}
      {/* Fixed: printed again at the top of every page the card continues on. */}
      {/* Fixed: printed again at the top of every page the card continues on. */}
      <View
        fixed
        render={({ pageNumber }) => (
          <Text style={styles.h2}>
            {pageNumber > (startPages.get(sc.id) ?? pageNumber)
              ? t('leadership.card.continued', { title })
              : title}
          </Text>
        )}
      />
      {/* The page the card starts on (written as the page is laid out, read by the title above). */}
      <View
        render={({ pageNumber }) => {
          startPages.set(sc.id, pageNumber);
          return null;
        }}
      />
      <Field label={t('planExport.scenario.areas')}>
        {sc.areas.map((a) => label(text, 'area', a)).join(', ')}
      </Field>
      <Field label={t('planExport.scenario.trigger')}>{label(text, 'trigger', sc.trigger)}</Field>
      <Field label={t('planExport.scenario.score')}>
        {`${t('planExport.scenario.scoreValue', { score, band: label(text, 'band', severityOf(sc)) })} · ${t('planExport.scenario.likelihood')} ${sc.likelihood} × ${t('planExport.scenario.impact')} ${sc.impact}`}
      </Field>
      <Field label={t('planExport.scenario.staff')}>
        {sc.staffAffectedPercent === null
          ? t('planExport.doc.notSet')
          : t('planExport.doc.percent', { value: text.number(sc.staffAffectedPercent) })}
      </Field>
      <Field label={t('planExport.scenario.rto')}>{hours(sc.rtoHours)}</Field>
      <Field label={t('planExport.scenario.rpo')}>{hours(sc.rpoHours)}</Field>
      {isRpoLongerThanRto(sc) && <Text style={styles.warn}>{t('planExport.scenario.rpoWarning')}</Text>}
      <Field label={t('planExport.scenario.status')}>
        {`${label(text, 'scenarioStatus', sc.status)}${sc.lastReviewedDate ? ` · ${t('planExport.scenario.lastReviewed')} ${text.date(sc.lastReviewedDate)}` : ''}`}
      </Field>
      {affected.length > 0 && (
        <Field label={t('planExport.scenario.dependencies')}>{affected.join(', ')}</Field>
      )}
      {long
        .filter(([, value]) => value.trim() !== '')
        .map(([heading, value]) => (
          <View key={heading}>
            <H3>{heading}</H3>
            <Paragraphs text={value} />
          </View>
        ))}
      <H3>{t('planExport.scenario.actions')}</H3>
      {actions.length === 0 ? (
        <Empty>{t('planExport.scenario.noActions')}</Empty>
      ) : (
        <Table
          columns={[
            { title: t('planExport.scenario.action'), width: '46%' },
            { title: t('planExport.scenario.owner'), width: '20%' },
            { title: t('planExport.scenario.due'), width: '17%' },
            { title: t('planExport.scenario.actionStatus'), width: '17%' },
          ]}
          rows={actions.map((a) => [
            a.action,
            a.owner,
            `${text.date(a.dueDate)}${isActionOverdue(a, today) ? ` (${t('planExport.scenario.overdue')})` : ''}`,
            label(text, 'actionStatus', a.status),
          ])}
        />
      )}
      <H3>{t('planExport.scenario.policyChecks')}</H3>
      {checks.length === 0 ? (
        <Empty>{t('planExport.scenario.noPolicyChecks')}</Empty>
      ) : (
        <Table
          columns={[
            { title: t('planExport.scenario.statement'), width: '80%' },
            { title: t('planExport.scenario.policyAnswer'), width: '20%' },
          ]}
          rows={checks.map((c) => [c.statement, label(text, 'policy', c.answer)])}
        />
      )}
    </View>
  );
}

export function ScenarioCards({ data, text, marks, today }: SectionProps) {
  const { t } = text;
  const actions = groupBy(data.mitigationActions, (a) => a.scenarioId);
  const checks = groupBy(data.policyChecks, (c) => c.scenarioId);
  const dependencyNames = new Map(data.dependencies.map((d) => [d.id, oneLine(d.name)]));
  const startPages = new Map<string, number>();
  const ranked = rankRisks(data.scenarios);
  return (
    <Section id="scenarioCards" title={t('planExport.section.scenarioCards')} marks={marks}>
      {ranked.length === 0 && <Empty>{t('planExport.doc.nothingYet')}</Empty>}
      {ranked.map((sc, i) => (
        <ScenarioCard
          key={sc.id}
          scenario={sc}
          index={i + 1}
          actions={actions.get(sc.id) ?? []}
          checks={checks.get(sc.id) ?? []}
          dependencyNames={dependencyNames}
          text={text}
          today={today}
          startPages={startPages}
        />
      ))}
    </Section>
  );
}
