// The export screen names characters the plan font cannot print: Hanja, ㈜ and box drawing are
// printable now; Greek, emoji and rare ideographs are named once each, in order.
import { describe, expect, it } from 'vitest';
import {
  describeCharacter,
  unprintableCharacters,
} from '../../src/features/plan-export/document/unprintable';

describe('unprintable characters', () => {
  it('finds nothing in Hangul, Latin, Hanja, enclosed CJK and box drawing', () => {
    expect(unprintableCharacters({ a: '韓光 株式會社 ㈜ └─ ├ 서울 café', b: ['tab\tline\n'] })).toEqual([]);
  });
  it('names each character outside the font once, in order of first appearance, anywhere in the data', () => {
    const snapshot = { workbook: { title: 'Ελ' }, contacts: [{ name: '😀 𠀀 Ε' }], n: 3, x: null };
    expect(unprintableCharacters(snapshot)).toEqual(['Ε', 'λ', '😀', '𠀀']);
    expect(describeCharacter('𠀀')).toBe('𠀀 (U+20000)');
    expect(describeCharacter('λ')).toBe('λ (U+03BB)');
  });
});
