// File names of the bundled plan fonts (in public/fonts/, made by `npm run fonts`), and exactly
// which characters the subset draws. One weight only: the subset holds every Hangul syllable and
// the Hanja of KS X 1001, and a second weight would push the offline cache past its budget.
// Headings stand out by size and colour instead.
export const PLAN_FONT_FILES = {
  regular: 'NotoSansKR-Regular.ttf',
} as const;

/**
 * Inclusive code point ranges kept in the subset: only runs the source font (Noto Sans KR 400)
 * really has a glyph for, so `fontCovers` never promises a character that would print blank.
 * Latin and Latin-1, the Latin Extended-A letters the font has, Hangul jamo and syllables,
 * punctuation, arrows, letterlike symbols, Roman numerals, enclosed alphanumerics (①), box
 * drawing (└ ├ ─, the call tree's connectors), geometric shapes, a few symbols (★ ☎ ✓), CJK
 * punctuation, enclosed CJK (㈜ ㉠), CJK compatibility (㎡ ㎏) and full-width forms.
 * test/unit/plan-font-coverage.test.ts checks every one against the subset file.
 *
 * SHARED_GLYPH_NOTE: a PDF's text layer (ToUnicode) maps each glyph back to one character, so a
 * glyph the font uses for two code points reads back as whichever was printed first. Of each such
 * pair only the one in common Korean use is promised (U+2035 ‵ is left out for U+FF40 ｀); the
 * others are named before export like any other character the plan cannot print.
 * test/unit/plan-font-roundtrip.test.ts prints every promised character and reads it back.
 */
export const FONT_RANGES: readonly [number, number][] = [
  [0x0020, 0x007e],
  // Not U+00AD (soft hyphen): invisible, removed before printing (safe-text.ts).
  [0x00a0, 0x00ac],
  [0x00ae, 0x00ff],
  [0x0100, 0x0103],
  [0x0110, 0x0113],
  [0x011a, 0x011b],
  [0x0128, 0x012b],
  [0x0143, 0x0144],
  [0x0147, 0x0148],
  [0x014c, 0x014f],
  [0x0152, 0x0153],
  [0x0168, 0x016d],
  // Not U+1160 (jungseong filler): it shares its glyph with U+3164, and a PDF maps a glyph back
  // to one character only (see SHARED_GLYPH_NOTE below).
  [0x1100, 0x115f],
  [0x1161, 0x11ff],
  [0x2002, 0x2003],
  // Not U+2011 (glyph of "-") or U+2012 (glyph of "–").
  [0x2010, 0x2010],
  [0x2013, 0x2016],
  [0x2018, 0x201a],
  [0x201c, 0x201e],
  [0x2020, 0x2022],
  [0x2025, 0x2027],
  [0x2030, 0x2030],
  [0x2032, 0x2033],
  [0x2039, 0x203c],
  [0x2042, 0x2042],
  [0x2047, 0x2049],
  [0x2051, 0x2051],
  [0x20a9, 0x20a9],
  [0x20ac, 0x20ac],
  [0x2100, 0x2100],
  [0x2103, 0x2103],
  [0x2105, 0x2105],
  [0x2109, 0x210a],
  [0x210f, 0x210f],
  [0x2113, 0x2113],
  [0x2116, 0x2116],
  [0x2121, 0x2122],
  [0x2126, 0x2127],
  [0x212b, 0x212b],
  [0x212e, 0x212e],
  [0x2135, 0x2135],
  [0x213b, 0x213b],
  [0x2160, 0x216b],
  [0x2170, 0x217b],
  [0x2190, 0x2199],
  [0x21b8, 0x21b9],
  [0x21c4, 0x21c6],
  [0x21cb, 0x21cc],
  [0x21d0, 0x21d0],
  [0x21d2, 0x21d2],
  [0x21d4, 0x21d4],
  [0x21e6, 0x21e9],
  [0x21f5, 0x21f5],
  [0x2460, 0x24ff],
  [0x2500, 0x257f],
  [0x25a0, 0x25ab],
  [0x25b1, 0x25b3],
  [0x25b6, 0x25b7],
  [0x25bc, 0x25bd],
  [0x25c0, 0x25c1],
  [0x25c6, 0x25c7],
  [0x25c9, 0x25cc],
  [0x25ce, 0x25d3],
  [0x25e2, 0x25e6],
  [0x25ef, 0x25ef],
  [0x2600, 0x2603],
  [0x2605, 0x2606],
  [0x2609, 0x2609],
  [0x260e, 0x260f],
  [0x2616, 0x2617],
  [0x261c, 0x261f],
  [0x262f, 0x262f],
  [0x2640, 0x2642],
  [0x2660, 0x266f],
  [0x2672, 0x267d],
  [0x26a0, 0x26a0],
  [0x26bd, 0x26be],
  [0x2713, 0x2713],
  // Not U+301C (glyph of "～"), the Middle Korean tone marks U+302E/U+302F (the shaper moves them
  // and adds a dotted circle) or U+3034/U+3035 (drawn as one ligature read back as U+3032).
  [0x3000, 0x301b],
  [0x301d, 0x302d],
  [0x3030, 0x3033],
  [0x3036, 0x303f],
  [0x3131, 0x318e],
  [0x3200, 0x321e],
  [0x3220, 0x32ff],
  [0x3300, 0x332b],
  [0x332d, 0x33ff],
  // Old initial jamo up to U+A967: the font draws U+A968-U+A97C with glyphs it also uses for
  // jamo ligatures (ᄅ+ᄆ), which read back as those two jamo.
  [0xa960, 0xa967],
  [0xac00, 0xd7a3],
  [0xd7b0, 0xd7c6],
  [0xd7cb, 0xd7fb],
  [0xff01, 0xff5e],
];

/** The two-byte rows of KS X 1001 (EUC-KR lead bytes 0xCA-0xFD) that hold its 4,888 Hanja. */
const HANJA_ROWS: readonly [number, number] = [0xca, 0xfd];
let hanja: Set<number> | null = null;

/** The one KS X 1001 Hanja the source font lacks (checked by plan-font-coverage.test.ts). */
const NOT_IN_SOURCE = new Set([0x9699]);

/**
 * The Hanja of KS X 1001, read from the EUC-KR decoder every browser and Node ship (no table to
 * carry). Duplicates decode to CJK compatibility ideographs; only their NFC form is kept, since
 * cleanText normalises to NFC before anything is printed.
 */
export function ksHanja(): ReadonlySet<number> {
  if (hanja) return hanja;
  const decoder = new TextDecoder('euc-kr');
  const set = new Set<number>();
  for (let lead = HANJA_ROWS[0]; lead <= HANJA_ROWS[1]; lead++)
    for (let trail = 0xa1; trail <= 0xfe; trail++) {
      const cp = decoder
        .decode(new Uint8Array([lead, trail]))
        .normalize('NFC')
        .codePointAt(0)!;
      if (!NOT_IN_SOURCE.has(cp)) set.add(cp);
    }
  hanja = set;
  return set;
}

/** Whether the bundled font has a glyph for this code point. */
export const fontCovers = (codePoint: number) =>
  FONT_RANGES.some(([from, to]) => codePoint >= from && codePoint <= to) || ksHanja().has(codePoint);
