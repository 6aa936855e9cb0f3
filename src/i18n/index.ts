// The message catalogues, merged, and the typed lookup around them.
// Add a namespace: create catalogues/<name>.ts with defineCatalogue() and list it below.
import backup from './catalogues/backup';
import common from './catalogues/common';
import errors from './catalogues/errors';
import save from './catalogues/save';
import workbooks from './catalogues/workbooks';
import type { Language } from './define';

export { languages, type Language } from './define';

const catalogues = { common, errors, save, workbooks, backup };

type Catalogues = typeof catalogues;
export type MessageKey = {
  [N in keyof Catalogues]: `${N & string}.${keyof Catalogues[N]['en'] & string}`;
}[keyof Catalogues];
export type Vars = Record<string, string | number>;

const flat: Record<Language, Map<string, string>> = { en: new Map(), ko: new Map() };
for (const [ns, catalogue] of Object.entries(catalogues)) {
  for (const lang of ['en', 'ko'] as const) {
    for (const [key, text] of Object.entries(catalogue[lang] as Record<string, string>)) {
      flat[lang].set(`${ns}.${key}`, text);
    }
  }
}

export const hasMessage = (key: string): key is MessageKey => flat.en.has(key);

export function translate(lang: Language, key: MessageKey, vars?: Vars): string {
  const text = flat[lang].get(key) ?? flat.en.get(key) ?? key;
  if (!vars) return text;
  return text.replace(/\{(\w+)\}/g, (whole, name: string) => (name in vars ? String(vars[name]) : whole));
}

/** For messages whose key is data (zod issue messages, enum labels): falls back to the raw text. */
export function translateLoose(lang: Language, key: string, vars?: Vars): string {
  return hasMessage(key) ? translate(lang, key, vars) : key;
}

export const allMessageKeys = () => [...flat.en.keys()];
export const messageFor = (lang: Language, key: string) => flat[lang].get(key);
