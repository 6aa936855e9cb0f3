// The decision page, first in the plan: what leadership is asked to decide (with cost and date),
// the top risks in the one ranking with ties stated, overdue and due-soon actions with owners and
// dates, open gaps with their owners ("unassigned" where none), and the BIA headline. Every
// statement about an empty set says it is empty. Facts from domain/decision-page.ts.
import { Text } from '@react-pdf/renderer';
import { decisionPage, type DecisionRequest } from '../../../../domain/decision-page';
import { lastExerciseSentence } from '../../../../domain/exercise-summary';
import type { ActionItem } from '../../../../domain/response-actions';
import { riskScore, severityOf } from '../../../../domain/scenario';
import { label } from '../labels';
import { Empty, H2, Section, Table } from '../parts';
import type { PlanText } from '../plan-text';
import { oneLine } from '../safe-text';
import { styles } from '../styles';
import { itemTitle } from './responsibilities';
import type { SectionProps } from './section-props';
import { objectives } from './scenarios';

/**
 * A cost in the workbook's currency where it has one; the workbook holds no currency today, so
 * the planner's number prints as a plain, grouped number.
 */
export function formatCost(text: PlanText, cost: number | null, currency: string | null = null): string {
  if (cost === null) return text.t('leadership.page.notKnown');
  if (!currency) return text.number(cost);
  return new Intl.NumberFormat(text.lang === 'ko' ? 'ko-KR' : 'en-GB', {
    style: 'currency',
    currency,
  }).format(cost);
}

const who = (text: PlanText, owner: string) => oneLine(owner) || text.t('leadership.page.unassigned');

function decisionRow(text: PlanText, d: DecisionRequest): string[] {
  const { t } = text;
  const common = [
    formatCost(text, d.fields.decisionCost),
    d.fields.decisionNeededBy ? text.date(d.fields.decisionNeededBy) : t('leadership.page.noDate'),
  ];
  return d.kind === 'action'
    ? [d.action.action, d.scenarioTitle, who(text, d.action.owner), ...common]
    : [itemTitle(d.item, text), t('leadership.page.gapFor'), who(text, d.item.responsiblePerson), ...common];
}

/** A decision page stays short: longer lists name the first few and count the rest. */
export const LIST_LIMIT = 10;

function More({ total, text }: { total: number; text: PlanText }) {
  return total > LIST_LIMIT ? (
    <Text style={styles.muted}>{text.t('leadership.page.more', { count: total - LIST_LIMIT })}</Text>
  ) : null;
}

function ActionTable({ items, text }: { items: ActionItem[]; text: PlanText }) {
  const { t } = text;
  return (
    <>
      <Table
        columns={[
          { title: t('leadership.page.action'), width: '40%' },
          { title: t('leadership.page.scenario'), width: '28%' },
          { title: t('leadership.page.owner'), width: '17%' },
          { title: t('leadership.page.due'), width: '15%' },
        ]}
        rows={items
          .slice(0, LIST_LIMIT)
          .map((a) => [a.title, a.context, who(text, a.owner), text.date(a.dueDate)])}
      />
      <More total={items.length} text={text} />
    </>
  );
}

export function Decisions({ data, text, marks, today }: SectionProps) {
  const { t } = text;
  const page = decisionPage(data, today);
  const { risks } = page;
  const noActions = data.mitigationActions.length === 0;
  const checklist = data.responsibilities.filter((r) => !r.hidden);
  return (
    <Section id="decisions" title={t('planExport.section.decisions')} marks={marks}>
      <H2>{t('leadership.page.requested')}</H2>
      {page.decisions.length === 0 ? (
        <Empty>{t('leadership.page.requestedNone')}</Empty>
      ) : (
        <Table
          columns={[
            { title: t('leadership.page.decision'), width: '32%' },
            { title: t('leadership.page.for'), width: '22%' },
            { title: t('leadership.page.owner'), width: '16%' },
            { title: t('leadership.page.cost'), width: '16%' },
            { title: t('leadership.page.neededBy'), width: '14%' },
          ]}
          rows={page.decisions.map((d) => decisionRow(text, d))}
        />
      )}

      <H2>{t('leadership.page.topRisks')}</H2>
      {risks.shown.length === 0 ? (
        <Empty>{t('leadership.page.topRisksNone')}</Empty>
      ) : (
        <>
          <Text style={styles.muted}>
            {risks.atTopScore > risks.shown.length
              ? `${t('leadership.page.tied', { count: risks.atTopScore, score: risks.topScore, shown: risks.shown.length })} ${t('leadership.page.tieRule')}`
              : t('leadership.page.tieRule')}
          </Text>
          <Table
            columns={[
              { title: t('leadership.page.rank'), width: '10%' },
              { title: t('leadership.page.scenario'), width: '50%' },
              { title: t('leadership.page.score'), width: '20%' },
              { title: t('leadership.overview.objectives'), width: '20%' },
            ]}
            rows={risks.shown.map((sc, i) => [
              String(i + 1),
              sc.title,
              `${riskScore(sc)} (${label(text, 'band', severityOf(sc))})`,
              objectives(text, sc.rtoHours, sc.rpoHours),
            ])}
          />
        </>
      )}

      <H2>{t('leadership.page.overdue')}</H2>
      {noActions ? (
        <Empty>{t('leadership.page.actionsNoneRecorded')}</Empty>
      ) : page.overdue.length === 0 ? (
        <Empty>{t('leadership.page.overdueNone')}</Empty>
      ) : (
        <ActionTable items={page.overdue} text={text} />
      )}
      <H2>{t('leadership.page.dueSoon')}</H2>
      {noActions ? (
        <Empty>{t('leadership.page.actionsNoneRecorded')}</Empty>
      ) : page.dueSoon.length === 0 ? (
        <Empty>{t('leadership.page.dueSoonNone')}</Empty>
      ) : (
        <ActionTable items={page.dueSoon} text={text} />
      )}

      <H2>{t('leadership.page.gaps')}</H2>
      {checklist.length === 0 ? (
        <Empty>{t('leadership.page.checklistEmpty')}</Empty>
      ) : page.openGaps.length === 0 ? (
        <Empty>{t('leadership.page.gapsNone')}</Empty>
      ) : (
        <Table
          columns={[
            { title: t('leadership.page.gap'), width: '55%' },
            { title: t('leadership.page.who'), width: '20%' },
            { title: t('leadership.page.person'), width: '25%' },
          ]}
          rows={page.openGaps
            .slice(0, LIST_LIMIT)
            .map((g) => [itemTitle(g, text), label(text, 'owner', g.owner), who(text, g.responsiblePerson)])}
        />
      )}

      {page.openGaps.length > 0 && <More total={page.openGaps.length} text={text} />}

      <H2>{t('leadership.page.bia')}</H2>
      {page.bia === null ? (
        <Empty>{t('leadership.page.biaNone')}</Empty>
      ) : page.bia.tierOne === 0 ? (
        <Empty>{t('leadership.page.biaNoTierOne')}</Empty>
      ) : page.bia.unmet.length === 0 ? (
        <Text style={styles.p}>{t('leadership.page.biaAllMet', { count: page.bia.tierOne })}</Text>
      ) : (
        <>
          <Text style={styles.warn}>
            {t('leadership.page.biaUnmet', { unmet: page.bia.unmet.length, count: page.bia.tierOne })}
          </Text>
          <Table
            columns={[
              { title: t('leadership.page.process'), width: '60%' },
              { title: t('leadership.page.rto'), width: '20%' },
              { title: t('leadership.page.backAt'), width: '20%' },
            ]}
            rows={page.bia.unmet.map((u) => [
              u.name,
              t('planExport.doc.hours', { hours: text.number(u.rtoHours) }),
              t('planExport.doc.hours', { hours: text.number(u.backAt) }),
            ])}
          />
        </>
      )}

      <H2>{t('leadership.page.exercise')}</H2>
      {/* Held or not, the page says so: "No exercise has been held yet." is a finding too. */}
      <Text style={styles.p}>{oneLine(lastExerciseSentence(data, text.lang))}</Text>
    </Section>
  );
}
