// The plan's look: A4, a navy accent, Noto Sans KR throughout. Line height sits on text styles,
// never on the Page (a Page lineHeight breaks page chrome in react-pdf 4.9). Every height in the
// flow (line heights, margins, borders) is a multiple of 0.5 pt: with fractional heights yoga's
// float32 rounding grows on long documents until react-pdf 4.9's paginator takes a long section for
// wrapped flex content and squeezes it onto one page.
import { StyleSheet } from '@react-pdf/renderer';
import { PLAN_FONT } from './fonts';

export const colours = {
  ink: '#1f2933',
  muted: '#5b6770',
  accent: '#1d3557',
  accentSoft: '#e8eef5',
  rule: '#c9d2db',
  zebra: '#f5f7f9',
  warn: '#9b2c1f',
};

/** An absolute line height in points (exact in float32, see above). */
export const lh = (pt: number) => `${pt}pt`;

export const styles = StyleSheet.create({
  page: {
    fontFamily: PLAN_FONT,
    fontSize: 9.5,
    color: colours.ink,
    paddingTop: 64,
    paddingBottom: 60,
    paddingHorizontal: 56,
    // ccmp (glyph composition) costs most of the Korean shaping time and changes nothing for
    // precomposed Hangul syllables and Latin; checked on rendered pages.
    fontFeatureSettings: { ccmp: false },
  },
  header: {
    position: 'absolute',
    top: 28,
    left: 56,
    right: 56,
    flexDirection: 'row',
    justifyContent: 'space-between',
    borderBottomWidth: 0.5,
    borderBottomColor: colours.rule,
    paddingBottom: 4,
    fontSize: 7.5,
    color: colours.muted,
  },
  footer: {
    position: 'absolute',
    bottom: 28,
    left: 56,
    right: 56,
    flexDirection: 'row',
    justifyContent: 'space-between',
    fontSize: 7.5,
    color: colours.muted,
  },
  content: { flexGrow: 1 },
  /** "DRAFT" across the page of a plan not yet approved; light, behind nothing important. */
  watermark: {
    position: 'absolute',
    top: 380,
    left: 0,
    right: 0,
    textAlign: 'center',
    fontSize: 96,
    color: '#e3e8ee',
  },
  h1: {
    fontSize: 17,
    fontWeight: 700,
    color: colours.accent,
    marginBottom: 10,
    paddingBottom: 4,
    borderBottomWidth: 1.5,
    borderBottomColor: colours.accent,
    lineHeight: lh(22),
  },
  h2: {
    fontSize: 12,
    fontWeight: 700,
    color: colours.accent,
    marginTop: 14,
    marginBottom: 5,
    lineHeight: lh(16),
  },
  h3: { fontSize: 10, fontWeight: 700, marginTop: 8, marginBottom: 3, lineHeight: lh(13.5) },
  p: { lineHeight: lh(14), marginBottom: 4 },
  muted: { color: colours.muted, lineHeight: lh(14) },
  empty: { color: colours.muted, lineHeight: lh(14), marginBottom: 6 },
  small: { fontSize: 8, color: colours.muted, lineHeight: lh(11.5) },
  warn: { color: colours.warn, lineHeight: lh(14) },
  bold: { fontWeight: 700 },
  section: { marginBottom: 8 },
  fieldRow: { flexDirection: 'row', marginBottom: 2 },
  fieldLabel: { width: 150, color: colours.muted, lineHeight: lh(14), paddingRight: 8 },
  fieldValue: { flex: 1, lineHeight: lh(14) },
  table: { borderTopWidth: 0.5, borderTopColor: colours.rule, marginBottom: 8 },
  tr: {
    flexDirection: 'row',
    borderBottomWidth: 0.5,
    borderBottomColor: colours.rule,
    paddingVertical: 3,
  },
  th: { fontWeight: 700, fontSize: 8, color: colours.accent, paddingRight: 6, lineHeight: lh(11) },
  td: { paddingRight: 6, lineHeight: lh(13.5) },
  card: { marginBottom: 10, paddingTop: 6, borderTopWidth: 0.5, borderTopColor: colours.rule },
});
