// Registers the bundled Noto Sans KR subset (Hangul and Latin in one face) with react-pdf, once.
// Sources: file paths in Node, same-origin URLs in the browser worker.
import { Font } from '@react-pdf/renderer';
import { breakWord } from './hyphenation';

export const PLAN_FONT = 'NotoSansKR';

let registeredWith: string | null = null;

export function registerPlanFonts(src: { regular: string }) {
  if (registeredWith === src.regular) return;
  registeredWith = src.regular;
  Font.register({
    family: PLAN_FONT,
    fonts: [
      { src: src.regular, fontWeight: 400 },
      // Bold styles resolve to the same face (see font-files.ts), so no text ever lacks a glyph.
      { src: src.regular, fontWeight: 700 },
    ],
  });
  Font.registerHyphenationCallback(breakWord);
}
