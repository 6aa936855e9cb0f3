// The message catalogues, merged, and the typed lookup around them.
// Core namespaces (the first screen and app-wide notices) load with the app; feature namespaces
// load with the first workbook step that opens (loadCatalogues), so the first screen stays small.
// Add a namespace: create catalogues/<name>.ts with defineCatalogue() and list it in lazyCatalogues
// (or in core if the first screen or the app frame needs it).
import common from './catalogues/common';
import workbooks from './catalogues/workbooks';
import type { Language } from './define';

export { languages, type Language } from './define';

const core = { common, workbooks };

const lazyCatalogues = {
  // Form errors and the save status belong to editors, which all load after the first screen.
  errors: () => import('./catalogues/errors'),
  save: () => import('./catalogues/save'),
  // Backup dialogs and notices load their messages when they open.
  backup: () => import('./catalogues/backup'),
  // Storage notices are rare (faults, reminders): their banners load after the first screen.
  storage: () => import('./catalogues/storage'),
  riskAreas: () => import('./catalogues/risk-areas'),
  scenarios: () => import('./catalogues/scenarios'),
  responsibilities: () => import('./catalogues/responsibilities'),
  communications: () => import('./catalogues/communications'),
  incidents: () => import('./catalogues/incidents'),
  planExport: () => import('./catalogues/plan-export'),
  bia: () => import('./catalogues/bia'),
  response: () => import('./catalogues/response'),
  cards: () => import('./catalogues/cards'),
  exercises: () => import('./catalogues/exercises'),
  versions: () => import('./catalogues/versions'),
  // Team sync: the sharing panel, join page and status line load only where sync shows.
  sync: () => import('./catalogues/sync'),
  // The plan's decision page and structure, and the decision control on actions and gaps.
  leadership: () => import('./catalogues/leadership'),
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

const loadingByName = new Map<string, Promise<void>>();
/**
 * Loads feature namespaces (once each): the named ones, or all of them. Step pages, the PDF
 * worker and the CLI await all; app-wide pieces that load late await just their own.
 */
export function loadCatalogues(names?: LazyName[]): Promise<void> {
  const loaders = lazyCatalogues as Record<string, () => Promise<{ default: Catalogue }>>;
  const wanted = names ?? (Object.keys(loaders) as LazyName[]);
  return Promise.all(
    wanted.map((ns) => {
      let loading = loadingByName.get(ns);
      if (!loading) {
        loading = loaders[ns]!().then((m) => register(ns, m.default));
        loadingByName.set(ns, loading);
      }
      return loading;
    }),
  ).then(() => undefined);
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
