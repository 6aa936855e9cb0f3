// Makes card text fit its box: measured with the plan font's own advance widths, wrapped at spaces
// (or between characters for a word wider than the box), at most `maxLines` lines, the last one
// cut with an ellipsis. A card has a fixed size, so text that does not fit is shortened, never
// left to overflow the card or push its last lines off it.
import { Font } from '@react-pdf/renderer';
import { PLAN_FONT } from '../fonts';
import { oneLine } from '../safe-text';

type Measurer = { layout: (text: string) => { advanceWidth: number }; unitsPerEm: number };

const ELLIPSIS = '…';

/** Width of `text` at `size` points; an over-estimate when the font is not loaded yet. */
export function textWidth(text: string, size: number): number {
  const font = Font.getFont({ fontFamily: PLAN_FONT, fontWeight: 400 })?.data as unknown as Measurer | null;
  if (font && typeof font.layout === 'function') {
    try {
      return (font.layout(text).advanceWidth / font.unitsPerEm) * size;
    } catch {
      // Not loaded yet (react-pdf loads fonts lazily): the estimate below errs on the wide side.
    }
  }
  // Hangul and other wide characters take a full em; everything else at most about 0.65 em.
  return Array.from(text).reduce((w, ch) => w + (ch.codePointAt(0)! >= 0x1100 ? 1 : 0.65) * size, 0);
}

/** The longest start of `text` that fits with an ellipsis after it. */
function cut(text: string, width: number, size: number): string {
  const chars = Array.from(text.trimEnd());
  let lo = 0;
  let hi = chars.length;
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    if (textWidth(chars.slice(0, mid).join('').trimEnd() + ELLIPSIS, size) <= width) lo = mid;
    else hi = mid - 1;
  }
  return chars.slice(0, lo).join('').trimEnd() + ELLIPSIS;
}

/** Splits a word wider than the box into pieces that each fit. */
function splitWord(word: string, width: number, size: number): string[] {
  const pieces: string[] = [];
  let piece = '';
  for (const ch of Array.from(word)) {
    if (piece && textWidth(piece + ch, size) > width) {
      pieces.push(piece);
      piece = ch;
    } else piece += ch;
  }
  return piece ? [...pieces, piece] : pieces;
}

/**
 * `text` (made single-line first) as at most `maxLines` lines no wider than `width` points at
 * `size` points; when it does not fit, the last line ends with an ellipsis.
 */
export function fitLines(text: string, width: number, size: number, maxLines = 1): string[] {
  const words = oneLine(text)
    .split(/\s+/)
    .filter(Boolean)
    .flatMap((w) => (textWidth(w, size) > width ? splitWord(w, width, size) : [w]));
  const lines: string[] = [];
  let line = '';
  let i = 0;
  for (; i < words.length; i++) {
    const next = line ? `${line} ${words[i]}` : words[i]!;
    if (textWidth(next, size) <= width) {
      line = next;
      continue;
    }
    if (lines.length === maxLines - 1) break;
    lines.push(line);
    line = words[i]!;
  }
  if (i < words.length) {
    // Out of lines: the last line takes as much of the rest as fits, then the ellipsis.
    lines.push(cut(`${line} ${words.slice(i).join(' ')}`, width, size));
  } else if (line) lines.push(line);
  return lines;
}
