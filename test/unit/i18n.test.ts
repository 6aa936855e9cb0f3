import { beforeAll, describe, expect, it } from 'vitest';
import { allMessageKeys, loadCatalogues, messageFor, translate } from '../../src/i18n';

beforeAll(() => loadCatalogues());

describe('message catalogues', () => {
  it('has real Korean for every key', () => {
    const hangul = /[\uAC00-\uD7A3]/;
    // Names and symbols that read the same in both languages.
    const sameInBoth = new Set(['common.english', 'common.korean']);
    for (const key of allMessageKeys()) {
      const ko = messageFor('ko', key);
      expect(ko, key).toBeTruthy();
      const words = messageFor('en', key)!.replace(/\{\w+\}/g, '');
      if (!sameInBoth.has(key) && /[A-Za-z]{3,}/.test(words)) {
        expect(hangul.test(ko!), `${key} should be Korean: ${ko}`).toBe(true);
      }
    }
  });
  it('keeps the same placeholders in both languages', () => {
    for (const key of allMessageKeys()) {
      const names = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
      expect(names(messageFor('ko', key)!), key).toEqual(names(messageFor('en', key)!));
    }
  });
  it('interpolates', () => {
    expect(translate('en', 'workbooks.revision', { rev: 3 })).toBe('Revision 3');
    expect(translate('ko', 'workbooks.revision', { rev: 3 })).toBe('개정 3');
  });
});
