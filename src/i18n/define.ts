// A catalogue is one namespace of messages in English and Korean; Korean must have every English key.
export type Language = 'en' | 'ko';
export const languages: readonly Language[] = ['en', 'ko'];

export function defineCatalogue<const E extends Record<string, string>>(
  en: E,
  ko: { [K in keyof E]: string },
): { en: E; ko: { [K in keyof E]: string } } {
  return { en, ko };
}
