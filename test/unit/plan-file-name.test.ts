// The PDF's file name says what it holds: summary or full plan, language, print date.
import { describe, expect, it } from 'vitest';
import { pdfFileName } from '../../src/features/plan-export/file-name';

describe('plan PDF file name', () => {
  it('names the kind of document, the language and the date', () => {
    expect(pdfFileName('Seoul office', '2026-12-03', true, 'ko')).toBe(
      'Seoul-office-plan-summary-ko-2026-12-03.pdf',
    );
    expect(pdfFileName('Seoul office', '2026-12-03', false, 'en')).toBe(
      'Seoul-office-plan-full-en-2026-12-03.pdf',
    );
  });
});
