// The cover: plan title, organisation, owner, status, version, date and next review.
import { Page, StyleSheet, Text, View } from '@react-pdf/renderer';
import { draftMark } from '../parts';
import { oneLine } from '../safe-text';
import { colours, styles } from '../styles';
import { controlOf, nextReviewWords, statusWords, versionWords } from './document-control';
import type { SectionProps } from './section-props';

const s = StyleSheet.create({
  band: { backgroundColor: colours.accent, height: 10, marginBottom: 120 },
  kicker: { fontSize: 11, color: colours.muted, letterSpacing: 1, marginBottom: 10 },
  title: { fontSize: 28, fontWeight: 700, color: colours.accent, lineHeight: 1.25, marginBottom: 10 },
  org: { fontSize: 15, lineHeight: 1.35, marginBottom: 60 },
  meta: { borderTopWidth: 1, borderTopColor: colours.accent, paddingTop: 10, width: 340 },
  row: { flexDirection: 'row', paddingVertical: 3 },
  key: { width: 120, color: colours.muted, fontSize: 9.5 },
  value: { flex: 1, fontSize: 10, lineHeight: 1.4 },
  flagged: { color: colours.warn, fontWeight: 700 },
  foot: { position: 'absolute', bottom: 40, left: 56, right: 56, fontSize: 8, color: colours.muted },
});

export function Cover({ data, text, summary, today }: Omit<SectionProps, 'marks'> & { summary: boolean }) {
  const { t } = text;
  const w = data.workbook;
  const notSet = t('planExport.doc.notSet');
  // The published version and its date (never the edit counter or the print date); a draft says
  // which version it follows and when it last changed. An overdue review is flagged.
  const control = controlOf(data, text);
  const next = nextReviewWords(data, text, today);
  const rows: [string, string, boolean?][] = [
    [t('planExport.cover.owner'), oneLine(w.owner) || notSet],
    [t('versions.pdf.status'), statusWords(control.state, text)],
    [t('versions.pdf.version'), versionWords(control.state, text)],
    [
      control.state.kind === 'version' ? t('versions.pdf.versionDate') : t('versions.pdf.lastChanged'),
      text.date(control.date),
    ],
    [t('planExport.cover.nextReview'), next.words, next.overdue],
  ];
  return (
    <Page size="A4" style={[styles.page, { paddingTop: 0 }]}>
      {draftMark(control.draft ? 'draft' : 'approved', text)}
      <View style={s.band} />
      <Text style={s.kicker}>{t(summary ? 'planExport.doc.summaryTitle' : 'planExport.doc.title')}</Text>
      <Text style={s.title}>{oneLine(w.title)}</Text>
      <Text style={s.org}>{oneLine(w.organisation) || ' '}</Text>
      <View style={s.meta}>
        {rows.map(([k, v, flagged]) => (
          <View key={k} style={s.row}>
            <Text style={s.key}>{k}</Text>
            <Text style={flagged ? [s.value, s.flagged] : s.value}>{v}</Text>
          </View>
        ))}
      </View>
      <Text style={s.foot}>{t('planExport.doc.confidential')}</Text>
    </Page>
  );
}
