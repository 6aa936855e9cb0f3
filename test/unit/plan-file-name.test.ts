// The PDF's file name says what it holds: summary or full plan, language, print date.
import { describe, expect, it } from 'vitest';
import { safeFileName } from '../../src/lib/file-name';
import { cardFileName, pdfFileName } from '../../src/features/plan-export/file-name';

describe('plan PDF file name', () => {
  it('names the kind of document, the language and the date', () => {
    expect(pdfFileName('Seoul office', '2026-12-03', true, 'ko')).toBe(
      'Seoul-office-plan-summary-ko-2026-12-03.pdf',
    );
    expect(pdfFileName('Seoul office', '2026-12-03', false, 'en')).toBe(
      'Seoul-office-plan-full-en-2026-12-03.pdf',
    );
  });

  it('names the wallet and role cards with their language and date', () => {
    expect(cardFileName('Seoul office', '2026-12-03', 'walletCard', 'en')).toBe(
      'Seoul-office-wallet-cards-en-2026-12-03.pdf',
    );
    expect(cardFileName('서울 본사', '2026-12-03', 'roleCards', 'ko')).toBe(
      `${safeFileName('서울 본사')}-role-cards-ko-2026-12-03.pdf`,
    );
  });
});
