// The plan as PDF bytes in Node (react-pdf's renderToBuffer), for src/cli/plan-render.ts: the one
// react-pdf call Node needs stays in plan-export; the browser worker uses pdf().toBlob() instead.
import { renderToBuffer, type DocumentProps } from '@react-pdf/renderer';
import { createElement, type ReactElement } from 'react';
import type { WorkbookSnapshot } from '../../../domain/tables';
import type { PlanOptions } from './options';
import { PlanDocument } from './plan-document';

/** Fonts and catalogues must be registered first (registerPlanFonts, loadCatalogues). */
export function renderPlanToBuffer(snapshot: WorkbookSnapshot, options: PlanOptions): Promise<Uint8Array> {
  const element = createElement(PlanDocument, {
    snapshot,
    options,
  }) as unknown as ReactElement<DocumentProps>;
  return renderToBuffer(element);
}
