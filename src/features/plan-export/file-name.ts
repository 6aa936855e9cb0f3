// The PDF's file name says what it holds: which document (summary or full plan), in which
// language, printed on which day: "<title>-plan-summary-ko-2026-12-03.pdf"; the field cards likewise.
import type { Language } from '../../i18n';
import { safeFileName } from '../../lib/file-name';

/** Wallet or role cards: "<title>-wallet-cards-en-2026-12-03.pdf", "<title>-role-cards-ko-…". */
export const cardFileName = (
  title: string,
  today: string,
  kind: 'walletCard' | 'roleCards',
  lang: Language,
) => `${safeFileName(title)}-${kind === 'walletCard' ? 'wallet' : 'role'}-cards-${lang}-${today}.pdf`;

export const pdfFileName = (title: string, today: string, summary: boolean, lang: Language) =>
  `${safeFileName(title)}-plan-${summary ? 'summary' : 'full'}-${lang}-${today}.pdf`;
