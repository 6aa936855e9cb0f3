// Registers the bundled Noto Sans KR subset (Hangul and Latin in one face) with react-pdf, once.
// Sources: file paths in Node, same-origin URLs in the browser worker.
import { Font } from '@react-pdf/renderer';
import { breakWord } from './hyphenation';

export const PLAN_FONT = 'NotoSansKR';

let registeredWith: string | null = null;

export function registerPlanFonts(src: { regular: string; bold: string }) {
  if (registeredWith === src.regular) return;
  registeredWith = src.regular;
  Font.register({
    family: PLAN_FONT,
    fonts: [
      { src: src.regular, fontWeight: 400 },
      { src: src.bold, fontWeight: 700 },
    ],
  });
  Font.registerHyphenationCallback(breakWord);
}
