// The document's own words, in the language chosen for the PDF (independent of the UI language).
// React-free so it works in the worker and in Node.
import { hasMessage, translate, type Language, type MessageKey, type Vars } from '../../../i18n';
import { dateFormats } from '../../../lib/dates';

export type PlanText = {
  lang: Language;
  t: (key: MessageKey, vars?: Vars) => string;
  /**
   * Text for a key built from data (enum values, catalogue items owned by other features);
   * a readable fallback when the key is missing, never the raw key.
   */
  label: (key: string, fallback: string) => string;
  date: (iso: string | null | undefined) => string;
  dateTime: (local: string | null | undefined) => string;
  number: (n: number) => string;
};

/** "in_review" -> "In review": only used when a catalogue text is missing. */
export const humanise = (value: string) => {
  const spaced = value
    .replace(/[_-]+/g, ' ')
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .toLowerCase();
  return spaced.charAt(0).toUpperCase() + spaced.slice(1);
};

export function makePlanText(lang: Language): PlanText {
  const locale = lang === 'ko' ? 'ko-KR' : 'en-GB';
  const dates = dateFormats(lang);
  const numberFmt = new Intl.NumberFormat(locale);
  return {
    lang,
    t: (key, vars) => translate(lang, key, vars),
    label: (key, fallback) => (hasMessage(key) ? translate(lang, key) : fallback),
    date: dates.date,
    // Incident times are wall-clock times as typed: shown as typed, without a zone shift.
    dateTime: dates.wallClock,
    number: (n) => numberFmt.format(n),
  };
}
