// Messages between the export screen and the PDF worker.
import type { WorkbookSnapshot } from '../../domain/tables';
import type { DocumentKind } from './document/cards/card-document';
import type { PlanOptions } from './document/options';

/** `kind` says which document: the plan (the default), the wallet cards or the role cards. */
export type PdfRequest = { snapshot: WorkbookSnapshot; options: PlanOptions; kind?: DocumentKind };
export type PdfStage = 'engine' | 'layout' | 'write';
export type PdfResponse =
  | { type: 'stage'; stage: PdfStage }
  | { type: 'done'; pdf: ArrayBuffer; pages: number; ms: number }
  | { type: 'error'; message: string };

/** Page count from the PDF's page tree (react-pdf writes one /Type /Pages with /Count n). */
export function countPdfPages(bytes: Uint8Array): number {
  const text = new TextDecoder('latin1').decode(bytes);
  const counts = [...text.matchAll(/\/Type\s*\/Pages[^>]*?\/Count\s+(\d+)/g)].map((m) => Number(m[1]));
  const fallback = [...text.matchAll(/\/Count\s+(\d+)/g)].map((m) => Number(m[1]));
  return Math.max(0, ...(counts.length ? counts : fallback));
}
