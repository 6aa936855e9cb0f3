// The executive summary: readiness in figures, then the same facts in sentences a leader reads in
// two minutes. Figures come from domain/readiness, the same as the app's overview.
import { StyleSheet, Text, View } from '@react-pdf/renderer';
import { TOP_RISKS_SHOWN } from '../../../../domain/decision-page';
import { readiness } from '../../../../domain/readiness';
import { topRisks } from '../../../../domain/risk-ranking';
import { riskScore, severityOf } from '../../../../domain/scenario';
import type { RegionKey } from '../../../../domain/venn';
import { isReviewOverdue, nextReviewDate } from '../../../../domain/workbook';
import { regionNameInSentence } from '../../../../i18n/regions';
import { label } from '../labels';
import { Section } from '../parts';
import type { PlanText } from '../plan-text';
import { oneLine } from '../safe-text';
import { colours, lh, styles } from '../styles';
import type { SectionProps } from './section-props';

const s = StyleSheet.create({
  figures: { flexDirection: 'row', marginBottom: 12, marginTop: 4 },
  figure: {
    flex: 1,
    backgroundColor: colours.accentSoft,
    paddingVertical: 8,
    paddingHorizontal: 8,
    marginRight: 6,
  },
  figureValue: { fontSize: 16, fontWeight: 700, color: colours.accent, lineHeight: lh(21) },
  figureLabel: { fontSize: 7.5, color: colours.muted, lineHeight: lh(10) },
  bullet: { flexDirection: 'row', marginBottom: 5 },
  dot: { width: 12, color: colours.accent, lineHeight: lh(15.5) },
  sentence: { flex: 1, lineHeight: lh(15.5), fontSize: 10 },
});

const list = (items: string[], lang: PlanText['lang']) => items.join(lang === 'ko' ? ', ' : '; ');

export function summarySentences(props: Omit<SectionProps, 'marks'>): string[] {
  const { data, text, today } = props;
  const { t } = text;
  const r = readiness(data, today);
  const out: string[] = [];
  const answered = r.areas.reduce((n, a) => n + a.answered, 0);
  const total = r.areas.reduce((n, a) => n + a.total, 0);
  const detail = r.areas
    .map((a) =>
      t('planExport.summary.areaPart', {
        answered: a.answered,
        total: a.total,
        area: label(text, 'area', a.area),
      }),
    )
    .join(', ');
  out.push(t('planExport.summary.questions', { answered, total, detail }));

  if (r.scenarioCount === 0) {
    out.push(t('planExport.summary.scenariosNone'));
  } else {
    out.push(
      r.scenarioCount === 1
        ? t('planExport.summary.scenariosOne')
        : t('planExport.summary.scenarios', { count: r.scenarioCount }),
    );
    const regions = (Object.entries(r.scenariosPerRegion) as [RegionKey, number][])
      .filter(([, n]) => n > 0)
      .map(([region, count]) =>
        t('planExport.summary.regionPart', { region: regionName(text, region), count }),
      );
    out.push(t('planExport.summary.regions', { detail: regions.join(', ') }));
    // The one ranking (domain/risk-ranking.ts), as on the decision page; ties are said, not hidden.
    const risks = topRisks(data.scenarios, TOP_RISKS_SHOWN);
    const top = risks.shown.map((sc) =>
      t('planExport.summary.topRiskPart', {
        title: oneLine(sc.title),
        score: riskScore(sc),
        band: label(text, 'band', severityOf(sc)).toLowerCase(),
      }),
    );
    out.push(t('planExport.summary.topRisks', { list: list(top, text.lang) }));
    if (risks.atTopScore > risks.shown.length)
      out.push(
        t('leadership.page.tied', {
          count: risks.atTopScore,
          score: risks.topScore,
          shown: risks.shown.length,
        }),
      );
  }
  out.push(
    r.gapRegions.length === 0
      ? t('planExport.summary.noGaps')
      : t('planExport.summary.gaps', {
          regions: r.gapRegions.map((g) => regionName(text, g)).join(', '),
        }),
  );
  out.push(
    r.checklist.total === 0
      ? t('planExport.summary.checklistNone')
      : t('planExport.summary.checklist', r.checklist),
  );
  out.push(
    // A statement about an empty set says the set is empty.
    data.mitigationActions.length === 0
      ? t('planExport.summary.actionsNoneRecorded')
      : r.openActions === 0
        ? t('planExport.summary.actionsNone')
        : t('planExport.summary.actions', { open: r.openActions, overdue: r.overdueActions }),
  );
  out.push(
    !data.providerChannels.some((c) => c.used)
      ? t('planExport.summary.noChannelsInUse')
      : r.unwatchedProviderChannels === 0
        ? t('planExport.summary.allWatched')
        : r.unwatchedProviderChannels === 1
          ? t('planExport.summary.unwatchedOne')
          : t('planExport.summary.unwatched', { count: r.unwatchedProviderChannels }),
  );
  const incidents = data.incidents;
  if (incidents.length > 0) {
    const latest = [...incidents].sort((a, b) => b.startAt.localeCompare(a.startAt))[0]!;
    out.push(
      incidents.length === 1
        ? t('planExport.summary.incidentsOne', { title: oneLine(latest.title) })
        : t('planExport.summary.incidents', { count: incidents.length, title: oneLine(latest.title) }),
    );
  }
  const w = data.workbook;
  const next = nextReviewDate(w);
  if (!w.lastReviewDate || !next) out.push(t('planExport.summary.noReview'));
  else
    out.push(
      t(isReviewOverdue(w, today) ? 'planExport.summary.reviewOverdue' : 'planExport.summary.review', {
        last: text.date(w.lastReviewDate),
        next: text.date(next),
      }),
    );
  return out;
}

const regionName = (text: PlanText, region: RegionKey) => regionNameInSentence(text.t, region, text.lang);

export function Summary(props: SectionProps) {
  const { data, text, marks, today } = props;
  const { t } = text;
  const r = readiness(data, today);
  const answered = r.areas.reduce((n, a) => n + a.answered, 0);
  const total = r.areas.reduce((n, a) => n + a.total, 0);
  const figures: [string, string][] = [
    [`${answered}/${total}`, t('planExport.summary.figureQuestions')],
    [String(r.scenarioCount), t('planExport.summary.figureScenarios')],
    [`${r.checklist.reviewed}/${r.checklist.total}`, t('planExport.summary.figureChecklist')],
    [`${r.openActions} (${r.overdueActions})`, t('planExport.summary.figureActions')],
  ];
  return (
    <Section id="summary" title={t('planExport.section.summary')} marks={marks}>
      <Text style={styles.h3}>{t('planExport.summary.figures')}</Text>
      <View style={s.figures} wrap={false}>
        {figures.map(([value, name]) => (
          <View key={name} style={s.figure}>
            <Text style={s.figureValue}>{value}</Text>
            <Text style={s.figureLabel}>{name}</Text>
          </View>
        ))}
      </View>
      {summarySentences(props).map((sentence, i) => (
        <View key={i} style={s.bullet} wrap={false}>
          <Text style={s.dot}>•</Text>
          <Text style={s.sentence}>{sentence}</Text>
        </View>
      ))}
    </Section>
  );
}
