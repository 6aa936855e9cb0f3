// The plan font's coverage: every character fontCovers promises is in the subset file, the Hanja
// of KS X 1001 are all there, and Hanja, enclosed CJK and box drawing come back from pdftotext as
// typed (the call tree's connectors included).
import { Font } from '@react-pdf/renderer';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { preparePlanRendering, renderPlanInNode } from '../../src/cli/plan-render';
import { PLAN_FONT } from '../../src/features/plan-export/document/fonts';
import { FONT_RANGES, fontCovers, ksHanja } from '../../src/features/plan-export/document/font-files';
import { cleanText, MISSING_GLYPH } from '../../src/features/plan-export/document/safe-text';
import { fullSnapshot, koreanWords } from './helpers/plan-snapshot';

type Glyphs = { hasGlyphForCodePoint: (cp: number) => boolean };
let font: Glyphs;

beforeAll(async () => {
  await preparePlanRendering();
  const source = Font.getFont({ fontFamily: PLAN_FONT, fontWeight: 400 });
  await source.load();
  font = source.data as unknown as Glyphs;
}, 60_000);

describe('plan font coverage', () => {
  it('holds a glyph for every character it promises', () => {
    const promised = [...ksHanja()];
    for (const [from, to] of FONT_RANGES) for (let cp = from; cp <= to; cp++) promised.push(cp);
    const missing = promised.filter((cp) => !font.hasGlyphForCodePoint(cp));
    expect(missing.map((cp) => cp.toString(16))).toEqual([]);
    expect(promised.length).toBeGreaterThan(11172 + 4888);
  });

  it('covers the 4,888 Hanja of KS X 1001, enclosed CJK and box drawing', () => {
    const unified = [...ksHanja()].filter((cp) => cp >= 0x4e00 && cp <= 0x9fff);
    expect(unified.length).toBeGreaterThanOrEqual(4620); // 4,888 less the duplicates (one ideograph each)
    for (const ch of '韓光株式會社㈜㉠①└├─│★㎡') expect(fontCovers(ch.codePointAt(0)!), ch).toBe(true);
    expect(cleanText('株式會社 韓光 ㈜ └─')).toBe('株式會社 韓光 ㈜ └─');
    // Outside coverage: a rare ideograph (not in KS X 1001) and Greek.
    expect(fontCovers('𠀀'.codePointAt(0)!)).toBe(false);
    expect(cleanText('α')).toBe(MISSING_GLYPH);
  });

  it('prints Hanja, ㈜ and the call tree connectors exactly', async () => {
    const snapshot = fullSnapshot(koreanWords, 1);
    snapshot.contacts[1] = { ...snapshot.contacts[1]!, name: '韓光 ㈜' };
    snapshot.scenarios[0] = { ...snapshot.scenarios[0]!, description: '株式會社 韓光 ㈜ └─ ├─' };
    const pdf = await renderPlanInNode(snapshot, {
      lang: 'ko',
      summary: false,
      sections: ['scenarioCards', 'contacts'],
      today: '2025-03-01',
    });
    const file = join(mkdtempSync(join(tmpdir(), 'plan-font-')), 'font.pdf');
    writeFileSync(file, pdf);
    const text = execFileSync('pdftotext', ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8' });
    expect(text).toContain('株式會社 韓光 ㈜ └─ ├─');
    expect(text).toContain('└ 韓光 ㈜');
    expect(text).not.toContain(MISSING_GLYPH);
    // Every font in the file is embedded (no connector falls back to a non-embedded font).
    const fonts = execFileSync('pdffonts', [file], { encoding: 'utf8' }).split('\n').slice(2).filter(Boolean);
    expect(fonts.length).toBeGreaterThan(0);
    for (const line of fonts) expect(line, line).toMatch(/\byes\s+yes\s+(yes|no)\s+\d+\s+\d+\s*$/);
  }, 120_000);
});
