// The plan (or a card document) as PDF bytes in Node (react-pdf's renderToBuffer), for
// src/cli/plan-render.ts: the one react-pdf call Node needs stays in plan-export; the browser
// worker uses pdf().toBlob() instead.
import { renderToBuffer } from '@react-pdf/renderer';
import type { WorkbookSnapshot } from '../../../domain/tables';
import { printedDocument, type DocumentKind } from './cards/card-document';
import type { PlanOptions } from './options';

/** Fonts and catalogues must be registered first (registerPlanFonts, loadCatalogues). */
export function renderPlanToBuffer(
  snapshot: WorkbookSnapshot,
  options: PlanOptions,
  kind: DocumentKind = 'plan',
): Promise<Uint8Array> {
  return renderToBuffer(printedDocument(kind, snapshot, options));
}
