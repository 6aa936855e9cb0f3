// One Korean word per concept across every message catalogue: a reader who meets "빈틈" in the
// app and "미비" in the PDF would take them for two different things. Each entry names the word
// we use and the variants that must not appear (공급업체, a vendor we buy from, and ID 제공자, an identity provider, are other concepts).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const GLOSSARY: { concept: string; use: string; banned: string[] }[] = [
  { concept: 'gap (something not in place)', use: '빈틈', banned: ['미비'] },
  {
    concept: 'provider (the cloud service provider)',
    use: '공급자',
    banned: ['제공업체'],
  },
];

const dir = join(import.meta.dirname, '../../src/i18n/catalogues');
const catalogues = readdirSync(dir)
  .filter((f) => f.endsWith('.ts'))
  .map((f) => ({ file: f, text: readFileSync(join(dir, f), 'utf8') }));

describe('Korean glossary', () => {
  it('reads every catalogue', () => {
    expect(catalogues.length).toBeGreaterThanOrEqual(12);
  });
  for (const { concept, use, banned } of GLOSSARY) {
    it(`uses only "${use}" for ${concept}`, () => {
      const found = catalogues.flatMap(({ file, text }) =>
        text
          .split('\n')
          .map((line, i) => ({ line, at: `${file}:${i + 1}` }))
          .filter(({ line }) => banned.some((b) => line.includes(b)))
          .map(({ at, line }) => `${at} ${line.trim()}`),
      );
      expect(found).toEqual([]);
      expect(catalogues.some(({ text }) => text.includes(use))).toBe(true);
    });
  }
});
