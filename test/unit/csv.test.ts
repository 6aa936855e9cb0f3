import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { CSV_BOM, guardCell, toCsv } from '../../src/lib/csv';

describe('CSV output', () => {
  it('starts with a BOM and uses CRLF rows', () => {
    const csv = toCsv(['a', 'b'], [['1', 2]]);
    expect(csv).toBe(`${CSV_BOM}a,b\r\n1,2`);
  });

  it('quotes commas, quotes and newlines, and keeps Hangul intact', () => {
    const csv = toCsv(['이름', 'note'], [['김민지, 팀장', 'she said "hi"\nthen left']]);
    expect(csv).toBe(`${CSV_BOM}이름,note\r\n"김민지, 팀장","she said ""hi""\nthen left"`);
    // A CSV reader gets the same cells back.
    const parsed = Papa.parse<string[]>(csv.slice(1), { newline: '\r\n' }).data;
    expect(parsed).toEqual([
      ['이름', 'note'],
      ['김민지, 팀장', 'she said "hi"\nthen left'],
    ]);
    expect(new TextEncoder().encode(csv).slice(0, 3)).toEqual(new Uint8Array([0xef, 0xbb, 0xbf]));
  });

  it('defuses cells a spreadsheet would run as formulas', () => {
    expect(guardCell('=1+2')).toBe("'=1+2");
    expect(guardCell('+82 10 1234')).toBe("'+82 10 1234");
    expect(guardCell('-x')).toBe("'-x");
    expect(guardCell('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(guardCell('\t=1')).toBe("'\t=1");
    expect(guardCell('a=b')).toBe('a=b');
    expect(guardCell(-5)).toBe(-5);
    expect(guardCell(null)).toBe('');
    expect(toCsv(['h'], [['=cmd|" /C calc"!A0']])).toBe(`${CSV_BOM}h\r\n"'=cmd|"" /C calc""!A0"`);
  });
});
