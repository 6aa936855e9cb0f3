// The message catalogues, merged, and the typed lookup around them.
// Core namespaces (the first screen and app-wide notices) load with the app; feature namespaces
// load with the first workbook step that opens (loadCatalogues), so the first screen stays small.
// Add a namespace: create catalogues/<name>.ts with defineCatalogue() and list it in lazyCatalogues
// (or in core if the first screen or the app frame needs it).
import backup from './catalogues/backup';
import common from './catalogues/common';
import errors from './catalogues/errors';
import save from './catalogues/save';
import storage from './catalogues/storage';
import workbooks from './catalogues/workbooks';
import type { Language } from './define';

export { languages, type Language } from './define';

const core = { common, errors, save, workbooks, backup, storage };

const lazyCatalogues = {
  riskAreas: () => import('./catalogues/risk-areas'),
  scenarios: () => import('./catalogues/scenarios'),
  responsibilities: () => import('./catalogues/responsibilities'),
  communications: () => import('./catalogues/communications'),
  incidents: () => import('./catalogues/incidents'),
  planExport: () => import('./catalogues/plan-export'),
};

type Catalogue = { en: Record<string, string>; ko: Record<string, string> };
type LazyName = keyof typeof lazyCatalogues;
type LazyCatalogues = {
  [N in LazyName]: Awaited<ReturnType<(typeof lazyCatalogues)[N]>> extends { default: infer C } ? C : never;
};
type Catalogues = typeof core & LazyCatalogues;
export type MessageKey = {
  [N in keyof Catalogues]: Catalogues[N] extends { en: infer E }
    ? `${N & string}.${keyof E & string}`
    : never;
}[keyof Catalogues];
export type Vars = Record<string, string | number>;

const flat: Record<Language, Map<string, string>> = { en: new Map(), ko: new Map() };

function register(ns: string, catalogue: Catalogue) {
  for (const lang of ['en', 'ko'] as const) {
    for (const [key, text] of Object.entries(catalogue[lang])) flat[lang].set(`${ns}.${key}`, text);
  }
}
for (const [ns, catalogue] of Object.entries(core)) register(ns, catalogue);

let loading: Promise<void> | null = null;
/** Loads every feature namespace (once). Step pages, the PDF worker and the CLI await it. */
export function loadCatalogues(): Promise<void> {
  loading ??= Promise.all(
    Object.entries(lazyCatalogues as Record<string, () => Promise<{ default: Catalogue }>>).map(
      async ([ns, load]) => register(ns, (await load()).default),
    ),
  ).then(() => undefined);
  return loading;
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
