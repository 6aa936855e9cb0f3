// Document control (issue 13): the version the planner published (never the edit counter), its
// date, status and next review; the version history with sign-offs; the change log from the
// domain's compareVersions; and the distribution list.
import { Text, View } from '@react-pdf/renderer';
import {
  documentControl,
  type DocumentControl as Control,
  type PlanState,
} from '../../../../domain/document-control';
import { formatVersion } from '../../../../domain/plan-version';
import { reviewStatus } from '../../../../domain/review-cadence';
import type { WorkbookSnapshot } from '../../../../domain/tables';
import { Empty, Field, H2, H3, Section, Table } from '../parts';
import type { PlanText } from '../plan-text';
import { oneLine } from '../safe-text';
import { styles } from '../styles';
import type { SectionProps } from './section-props';

/** Lines of change log printed at most; the rest is counted (a plan is not a diff dump). */
const MAX_CHANGE_LINES = 150;

const cache = new WeakMap<WorkbookSnapshot, Control>();

/** The document control facts of a snapshot, computed once per document (cover and section). */
export function controlOf(data: WorkbookSnapshot, text: PlanText): Control {
  let control = cache.get(data);
  if (!control) {
    control = documentControl(data, text.lang);
    cache.set(data, control);
  }
  return control;
}

/** "1.2", "Draft since approved version 1.2", "Draft: no version published yet". */
export function versionWords(state: PlanState, text: PlanText): string {
  const { t } = text;
  if (state.kind === 'unpublished') return t('versions.pdf.unpublished');
  if (state.kind === 'version') return formatVersion(state.version);
  return state.approved
    ? t('versions.state.draftSinceApproved', { number: formatVersion(state.approved) })
    : t('versions.state.draftSince', { number: formatVersion(state.latest) });
}

/** Approved, In review or Draft: a draft since a version is a draft whatever that version's status. */
export const statusWords = (state: PlanState, text: PlanText) =>
  text.t(`versions.status.${state.kind === 'version' ? state.version.status : 'draft'}`);

/** The next review date, flagged when it has passed. */
export function nextReviewWords(data: WorkbookSnapshot, text: PlanText, today: string) {
  const review = reviewStatus(data.workbook, data.reviewTriggers, data.incidents, today, data.exercises);
  if (!review.nextReview) return { words: text.t('planExport.doc.notSet'), overdue: false };
  const date = text.date(review.nextReview);
  return review.overdue
    ? { words: text.t('versions.pdf.overdue', { date }), overdue: true }
    : { words: date, overdue: false };
}

export function DocumentControl({ data, text, marks, today }: SectionProps) {
  const { t } = text;
  const control = controlOf(data, text);
  const next = nextReviewWords(data, text, today);
  const dateLabel =
    control.state.kind === 'version' ? t('versions.pdf.versionDate') : t('versions.pdf.lastChanged');
  return (
    <Section id="documentControl" title={t('planExport.section.documentControl')} marks={marks}>
      <Field label={t('versions.pdf.version')}>{versionWords(control.state, text)}</Field>
      <Field label={t('versions.pdf.status')}>{statusWords(control.state, text)}</Field>
      <Field label={dateLabel}>{text.date(control.date)}</Field>
      <Field label={t('versions.pdf.nextReview')}>{next.words}</Field>
      <Field label={t('versions.pdf.cycle')}>
        {t('versions.pdf.cycleValue', { months: data.workbook.reviewCycleMonths })}
      </Field>

      <H2>{t('versions.pdf.history')}</H2>
      {control.history.length === 0 ? (
        <Empty>{t('versions.pdf.noHistory')}</Empty>
      ) : (
        <Table
          columns={[
            { title: t('versions.list.number'), width: '10%' },
            { title: t('versions.list.date'), width: '16%' },
            { title: t('versions.list.status'), width: '14%' },
            { title: t('versions.list.summary'), width: '34%' },
            { title: t('versions.pdf.approvedBy'), width: '26%' },
          ]}
          rows={control.history.map((v) => [
            formatVersion(v),
            text.date(v.publishedDate),
            t(`versions.status.${v.status}`),
            oneLine(v.summary),
            v.signOffs.map((s) => `${oneLine(s.name)} (${text.date(s.date)})`).join(', '),
          ])}
        />
      )}

      <ChangeLog control={control} text={text} />

      <H2>{t('versions.pdf.distribution')}</H2>
      {data.distributionList.length === 0 ? (
        <Empty>{t('versions.pdf.noDistribution')}</Empty>
      ) : (
        <Table
          columns={[
            { title: t('versions.pdf.copy'), width: '12%' },
            { title: t('versions.distribution.name'), width: '40%' },
            { title: t('versions.distribution.role'), width: '48%' },
          ]}
          rows={[...data.distributionList]
            .sort((a, b) => a.copyNumber - b.copyNumber)
            .map((d) => [String(d.copyNumber), oneLine(d.name), oneLine(d.role)])}
        />
      )}
    </Section>
  );
}

function ChangeLog({ control, text }: { control: Control; text: PlanText }) {
  const { t } = text;
  const { from, sections } = control.changes;
  if (control.state.kind === 'unpublished') return null;
  const heading =
    from === null
      ? null
      : control.state.kind === 'draftSince'
        ? t('versions.pdf.changesSince', { from })
        : t('versions.pdf.changesFrom', { from });
  let budget = MAX_CHANGE_LINES;
  const total = sections.reduce((n, s) => n + s.lines.length, 0);
  return (
    <>
      <H2>{heading ?? t('versions.pdf.changes')}</H2>
      {from === null ? (
        <Text style={styles.p}>{t('versions.pdf.firstVersion')}</Text>
      ) : sections.length === 0 ? (
        <Empty>{t('versions.pdf.noChanges')}</Empty>
      ) : (
        sections.map((section) => {
          if (budget <= 0) return null;
          const lines = section.lines.slice(0, budget);
          budget -= lines.length;
          return (
            <View key={section.table}>
              <H3>{section.title}</H3>
              {lines.map((line, i) => (
                <Text key={i} style={styles.p}>
                  {`• ${line.text}`}
                </Text>
              ))}
            </View>
          );
        })
      )}
      {total > MAX_CHANGE_LINES && (
        <Text style={styles.p}>{t('versions.pdf.moreChanges', { count: total - MAX_CHANGE_LINES })}</Text>
      )}
    </>
  );
}
