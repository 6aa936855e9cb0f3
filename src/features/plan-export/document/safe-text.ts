import { fontCovers } from './font-files';

// Makes planner-typed text safe to lay out: no control characters, soft hyphens, zero-width
// spaces or lone surrogates (they upset the text engine or print nothing), tabs as spaces, and
// long text cut into paragraphs so pages can break between them. Long tokens are left as typed: hyphenation.ts gives them break points.
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u00ad\u200b\ufeff\ufff9-\ufffb]/g;
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;
/** An emoji with its modifiers and joined parts (👩‍💻 is one), shown as one placeholder. */
const EMOJI_SEQUENCE =
  /\p{Extended_Pictographic}(?:\u{fe0f}|\p{Emoji_Modifier}|\u200d\p{Extended_Pictographic})*\u{fe0f}?/gu;
/** What the font cannot draw prints as a white square, never as stray glyphs. */
export const MISSING_GLYPH = '\u25a1';
const replaceUncovered = (text: string) =>
  Array.from(text, (ch) => (ch === '\n' || fontCovers(ch.codePointAt(0)!) ? ch : MISSING_GLYPH)).join('');

export function cleanText(text: string | null | undefined): string {
  if (!text) return '';
  return replaceUncovered(
    text
      .normalize('NFC')
      .replace(/\r\n?/g, '\n')
      .replace(/\t/g, '    ')
      .replace(CONTROL, '')
      .replace(LONE_SURROGATE, MISSING_GLYPH)
      .replace(EMOJI_SEQUENCE, (seq) =>
        Array.from(seq).length === 1 && fontCovers(seq.codePointAt(0)!) ? seq : MISSING_GLYPH,
      ),
  );
}

/** Paragraphs of a long text; blank lines collapse, each line stays its own paragraph. */
export function paragraphs(text: string | null | undefined): string[] {
  return cleanText(text)
    .split('\n')
    .map((line) => line.trimEnd())
    .filter((line) => line.trim() !== '');
}

/** Single-line text (titles, names, table cells). */
export const oneLine = (text: string | null | undefined) =>
  cleanText(text)
    .replace(/\s*\n\s*/g, ' ')
    .trim();
