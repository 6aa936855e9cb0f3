// Registers the bundled Noto Sans KR subset (Hangul and Latin in one face) with react-pdf, once.
// Sources: file paths in Node, same-origin URLs in the browser worker.
import { Font } from '@react-pdf/renderer';
import { FONT_RANGES } from './font-files';
import { breakWord } from './hyphenation';

export const PLAN_FONT = 'NotoSansKR';

let registeredWith: string | null = null;

export function registerPlanFonts(src: { regular: string }) {
  if (registeredWith === src.regular) return;
  registeredWith = src.regular;
  // One source only: bold styles fall back to it (react-pdf picks the nearest registered weight).
  // A second entry with the same file would load a second fontkit font; pdfkit merges both into one
  // embedded font, and subsetting the other copy's glyphs creates them in this copy's glyph cache
  // without their characters, so later PDFs lost those characters from their text layer (drawn,
  // but "알려진" read back as "알 진"). test/unit/plan-font-roundtrip.test.ts guards it.
  Font.register({ family: PLAN_FONT, src: src.regular, fontWeight: 400 });
  Font.registerHyphenationCallback(breakWord);
}

/** The Latin letters, digits and punctuation the font covers (the first ranges, below U+0180). */
const LATIN = FONT_RANGES.filter(([, to]) => to < 0x180)
  .flatMap(([from, to]) => Array.from({ length: to - from + 1 }, (_, i) => String.fromCodePoint(from + i)))
  .join('');

/**
 * Loads the plan font and creates its Latin glyphs from their characters once, before any document.
 * fontkit caches a glyph with the characters it was first made from; a glyph first made without
 * them (seen for "V" after certain earlier documents) gets no Unicode mapping in later PDFs, so its
 * text cannot be searched or copied. Warming the cache from the characters prevents that.
 */
export async function warmPlanFont() {
  await Font.load({ fontFamily: PLAN_FONT, fontWeight: 400 });
  const data = Font.getFont({ fontFamily: PLAN_FONT, fontWeight: 400 }).data as unknown as {
    glyphsForString: (text: string) => unknown[];
  } | null;
  data?.glyphsForString(LATIN);
}
