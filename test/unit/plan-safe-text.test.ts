import { describe, expect, it } from 'vitest';
import { cleanText, MISSING_GLYPH } from '../../src/features/plan-export/document/safe-text';

describe('text the plan font cannot draw', () => {
  it('prints an emoji sequence as one white square, keeps what the font has', () => {
    expect(cleanText('계획 😀 👩‍💻 👍🏽 done © 2026')).toBe(
      `계획 ${MISSING_GLYPH} ${MISSING_GLYPH} ${MISSING_GLYPH} done © 2026`,
    );
  });
  it('keeps Hangul, Latin, digits and punctuation exactly', () => {
    const typed = '서울 본사 — Microsoft 365, VPN (split tunnel) 99.9% “quoted”';
    expect(cleanText(typed)).toBe(typed);
  });
  it('replaces scripts outside the font and lone surrogates', () => {
    expect(cleanText('Ελλάδα \ud800x')).toBe(`${MISSING_GLYPH.repeat(6)} ${MISSING_GLYPH}x`);
  });
});
