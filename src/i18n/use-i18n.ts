// The UI language (remembered in localStorage) and hooks to translate and format with Intl.
import { useMemo } from 'react';
import { create } from 'zustand';
import { dateFormats } from '../lib/dates';
import { translate, translateLoose, type Language, type MessageKey, type Vars } from './index';

type LanguageStore = { language: Language; setLanguage: (language: Language) => void };

const browserLanguage = (): Language =>
  typeof navigator !== 'undefined' && navigator.language?.toLowerCase().startsWith('ko') ? 'ko' : 'en';

const STORAGE_KEY = 'continuity-workbook.language';

/** The remembered choice, else the browser's language. (A few lines instead of zustand's persist.) */
function rememberedLanguage(): Language {
  try {
    let stored: unknown = globalThis.localStorage?.getItem(STORAGE_KEY);
    // Earlier builds stored zustand's persist envelope: {"state":{"language":"ko"},"version":0}.
    if (typeof stored === 'string' && stored.startsWith('{'))
      stored = (JSON.parse(stored) as { state?: { language?: unknown } } | null)?.state?.language;
    if (stored === 'en' || stored === 'ko') return stored;
  } catch {
    // Storage may be disabled; fall back to the browser's language.
  }
  return browserLanguage();
}

export const useLanguageStore = create<LanguageStore>()((set) => ({
  language: rememberedLanguage(),
  setLanguage: (language) => {
    try {
      globalThis.localStorage?.setItem(STORAGE_KEY, language);
    } catch {
      // Not remembered, but the switch still applies to this session.
    }
    set({ language });
  },
}));

export type T = ((key: MessageKey, vars?: Vars) => string) & {
  loose: (key: string, vars?: Vars) => string;
  language: Language;
};

export function makeT(language: Language): T {
  const t = ((key: MessageKey, vars?: Vars) => translate(language, key, vars)) as T;
  t.loose = (key, vars) => translateLoose(language, key, vars);
  t.language = language;
  return t;
}

export function useT(): T {
  const language = useLanguageStore((s) => s.language);
  return useMemo(() => makeT(language), [language]);
}

const locale = (language: Language) => (language === 'ko' ? 'ko-KR' : 'en-GB');

export function makeFormat(language: Language) {
  const dates = dateFormats(language);
  const numberFmt = new Intl.NumberFormat(locale(language));
  const percentFmt = new Intl.NumberFormat(locale(language), { style: 'percent', maximumFractionDigits: 0 });
  return {
    date: dates.date,
    dateTime: dates.dateTime,
    number: (n: number) => numberFmt.format(n),
    percent: (fraction: number) => percentFmt.format(fraction),
  };
}
export type Format = ReturnType<typeof makeFormat>;

export function useFormat(): Format {
  const language = useLanguageStore((s) => s.language);
  return useMemo(() => makeFormat(language), [language]);
}
