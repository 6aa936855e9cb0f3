// Which characters typed into a workbook the plan font cannot print (they would come out as □),
// so the export screen can name them before the planner prints. Same rules as safe-text.ts:
// text is NFC-normalised first; line breaks, tabs and control characters never print anyway.
import { fontCovers } from './font-files';

/** Control and format characters cleanText removes, and the emoji variation selector: not worth naming. */
// eslint-disable-next-line no-control-regex
const SILENT = /[\u0000-\u001f\u007f-\u009f\u00ad\u200b-\u200f\ufeff]/u;
const VARIATION_SELECTOR = '\ufe0f';

/** Distinct characters, in order of first appearance, anywhere in the strings of `value`. */
export function unprintableCharacters(value: unknown, limit = 20): string[] {
  const found = new Set<string>();
  const visit = (v: unknown): void => {
    if (found.size >= limit) return;
    if (typeof v === 'string') {
      for (const ch of v.normalize('NFC')) {
        if (found.size >= limit) return;
        if (ch !== VARIATION_SELECTOR && !SILENT.test(ch) && !fontCovers(ch.codePointAt(0)!)) found.add(ch);
      }
    } else if (Array.isArray(v)) v.forEach(visit);
    else if (v && typeof v === 'object') Object.values(v).forEach(visit);
  };
  visit(value);
  return [...found];
}

/** "ä (U+00E4)": the character and its code, so a planner can find it even if it shows as □. */
export const describeCharacter = (ch: string) =>
  `${ch} (U+${ch.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')})`;
