// The UI language (remembered in localStorage) and hooks to translate and format with Intl.
import { useMemo } from 'react';
import { create } from 'zustand';
import { persist } from 'zustand/middleware';
import { translate, translateLoose, type Language, type MessageKey, type Vars } from './index';

type LanguageStore = { language: Language; setLanguage: (language: Language) => void };

const browserLanguage = (): Language =>
  typeof navigator !== 'undefined' && navigator.language?.toLowerCase().startsWith('ko') ? 'ko' : 'en';

export const useLanguageStore = create<LanguageStore>()(
  persist((set) => ({ language: browserLanguage(), setLanguage: (language) => set({ language }) }), {
    name: 'continuity-workbook.language',
  }),
);

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
  const dateFmt = new Intl.DateTimeFormat(locale(language), { dateStyle: 'medium', timeZone: 'UTC' });
  const dateTimeFmt = new Intl.DateTimeFormat(locale(language), { dateStyle: 'medium', timeStyle: 'short' });
  const numberFmt = new Intl.NumberFormat(locale(language));
  const percentFmt = new Intl.NumberFormat(locale(language), { style: 'percent', maximumFractionDigits: 0 });
  return {
    /** A calendar date (YYYY-MM-DD), shown without time-zone shifts. */
    date: (iso: string | null | undefined) =>
      iso ? dateFmt.format(new Date(`${iso.slice(0, 10)}T00:00:00Z`)) : '',
    dateTime: (iso: string | null | undefined) => (iso ? dateTimeFmt.format(new Date(iso)) : ''),
    number: (n: number) => numberFmt.format(n),
    percent: (fraction: number) => percentFmt.format(fraction),
  };
}
export type Format = ReturnType<typeof makeFormat>;

export function useFormat(): Format {
  const language = useLanguageStore((s) => s.language);
  return useMemo(() => makeFormat(language), [language]);
}
