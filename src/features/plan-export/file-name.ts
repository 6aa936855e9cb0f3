// The PDF's file name says what it holds: which document (summary or full plan), in which
// language, printed on which day: "<title>-plan-summary-ko-2026-12-03.pdf".
import type { Language } from '../../i18n';
import { safeFileName } from '../../lib/file-name';

export const pdfFileName = (title: string, today: string, summary: boolean, lang: Language) =>
  `${safeFileName(title)}-plan-${summary ? 'summary' : 'full'}-${lang}-${today}.pdf`;
