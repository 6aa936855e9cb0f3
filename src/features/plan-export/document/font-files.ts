// File names of the bundled plan fonts (in public/fonts/, made by `npm run fonts`).
// One weight only: every Hangul syllable makes each subset about 2.8 MB, and a second weight would
// push the offline cache past its 6 MB budget. Headings stand out by size and colour instead.
export const PLAN_FONT_FILES = {
  regular: 'NotoSansKR-Regular.ttf',
} as const;

/** Inclusive code point ranges kept in the subset. */
export const FONT_RANGES: readonly [number, number][] = [
  [0x0020, 0x007e], // Basic Latin (letters, digits, ASCII punctuation)
  [0x00a0, 0x00ff], // Latin-1 supplement
  [0x0100, 0x017f], // Latin Extended-A (names like Łukasz, Dvořák)
  [0x1100, 0x11ff], // Hangul jamo
  [0x2000, 0x206f], // General punctuation (dashes, quotes, bullet, ellipsis)
  [0x20a9, 0x20a9], // Won sign
  [0x20ac, 0x20ac], // Euro sign
  [0x2190, 0x2193], // Arrows
  [0x2460, 0x2473], // Circled digits
  [0x25a0, 0x25cf], // Squares, circles (check boxes, markers)
  [0x2713, 0x2713], // Check mark
  [0x3000, 0x303f], // CJK symbols and punctuation
  [0x3130, 0x318f], // Hangul compatibility jamo
  [0xa960, 0xa97f], // Hangul jamo extended-A
  [0xac00, 0xd7a3], // Hangul syllables
  [0xd7b0, 0xd7ff], // Hangul jamo extended-B
  [0xff01, 0xff5e], // Full-width forms
];

/** Whether the bundled font has a glyph for this code point. */
export const fontCovers = (codePoint: number) =>
  FONT_RANGES.some(([from, to]) => codePoint >= from && codePoint <= to);
