// Every character the plan font promises comes back from pdftotext exactly: all 11,172 Hangul
// syllables, the Hanja of KS X 1001, enclosed CJK (㈜), box drawing and the other covered ranges,
// printed in lines through react-pdf with the plan's own font registration, in bold and then in
// regular type (as a plan's headings and body do, one document after another in one session).
// A character drawn right but missing or wrong in the PDF's text layer (its ToUnicode map, e.g.
// "알려진" read back as "알 진") is listed by code point.
import { Document, Page, Text, renderToBuffer } from '@react-pdf/renderer';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createElement as h } from 'react';
import { beforeAll, describe, expect, it } from 'vitest';
import { preparePlanRendering } from '../../src/cli/plan-render';
import { PLAN_FONT } from '../../src/features/plan-export/document/fonts';
import { FONT_RANGES, ksHanja } from '../../src/features/plan-export/document/font-files';
import { cleanText } from '../../src/features/plan-export/document/safe-text';
import { unprintableCharacters } from '../../src/features/plan-export/document/unprintable';

/** Spaces: pdftotext writes them as layout, not as the typed character. */
const SPACES = new Set([0x20, 0xa0, 0x2002, 0x2003, 0x3000]);
/** Characters per printed line: 30 full-width glyphs at 9 pt fit an A4 line with room to spare. */
const PER_LINE = 30;
const dir = mkdtempSync(join(tmpdir(), 'plan-roundtrip-'));

/** The promised characters in lines; a line never mixes two ranges (old jamo would combine). */
function lines(): number[][] {
  const groups = FONT_RANGES.map(([from, to]) => Array.from({ length: to - from + 1 }, (_, i) => from + i));
  groups.push([...ksHanja()].sort((a, b) => a - b));
  return groups.flatMap((group) => {
    const cps = group.filter((cp) => !SPACES.has(cp));
    const out: number[][] = [];
    for (let i = 0; i < cps.length; i += PER_LINE) out.push(cps.slice(i, i + PER_LINE));
    return out;
  });
}

/** The code points of `line` that do not come back in their place in `back`. */
function lost(line: number[], back: string): number[] {
  const got = [...back].map((ch) => ch.codePointAt(0)!);
  if (got.length === line.length) return line.filter((cp, i) => got[i] !== cp);
  const present = new Set(got);
  const missing = line.filter((cp) => !present.has(cp));
  return missing.length > 0 ? missing : line;
}

const hex = (cp: number) => `U+${cp.toString(16).toUpperCase().padStart(4, '0')}`;

/** Prints every line (each after a marker `L<n>:`) and lists what pdftotext does not give back. */
async function roundTrip(all: number[][], fontWeight: 400 | 700, name: string) {
  const doc = h(
    Document,
    null,
    h(
      Page,
      { size: 'A4', style: { fontFamily: PLAN_FONT, fontSize: 9, padding: 36 } },
      // A regular heading first, as every plan page has: the lines may then be in another weight.
      h(Text, { key: 'title' }, `Round trip ${name}`),
      ...all.map((line, i) =>
        h(Text, { key: i, style: { fontWeight } }, `L${i}:${String.fromCodePoint(...line)}`),
      ),
    ),
  );
  const file = join(dir, `${name}.pdf`);
  writeFileSync(file, await renderToBuffer(doc));
  const text = execFileSync('pdftotext', ['-enc', 'UTF-8', file, '-'], {
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  // A line's text runs from its marker to the next one; whitespace is layout, not text.
  const solid = text.replace(/\s+/g, '');
  const wrong: string[] = [];
  all.forEach((line, i) => {
    const start = solid.indexOf(`L${i}:`);
    const next = i + 1 < all.length ? solid.indexOf(`L${i + 1}:`, start) : solid.length;
    const back = start < 0 ? '' : solid.slice(start + `L${i}:`.length, next < 0 ? undefined : next);
    for (const cp of lost(line, back)) wrong.push(`${hex(cp)} ${String.fromCodePoint(cp)}`);
  });
  return wrong;
}

beforeAll(async () => {
  await preparePlanRendering();
}, 60_000);

describe('plan font round trip', () => {
  it('gives back every promised character exactly, in bold and then in regular type', async () => {
    const all = lines();
    expect(all.flat().length).toBeGreaterThan(11172 + 4600);
    const bold = await roundTrip(all, 700, 'bold');
    const regular = await roundTrip(all, 400, 'regular');
    expect({ bold, regular }).toEqual({ bold: [], regular: [] });
  }, 300_000);

  it('names before export the characters whose glyph reads back as another, and drops soft hyphens', () => {
    // U+2011 prints with the glyph of "-", U+2012 with that of "–", U+301C with that of "～".
    expect(unprintableCharacters(['a\u2011b 1\u20122 \u301c ～ – -'])).toEqual([
      '\u2011',
      '\u2012',
      '\u301c',
    ]);
    expect(cleanText('알\u00ad려진')).toBe('알려진');
    expect(unprintableCharacters(['알\u00ad려진'])).toEqual([]);
  });
});
