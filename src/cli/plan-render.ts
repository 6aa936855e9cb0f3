// Renders the plan in Node (npm run plan:pdf, unit tests, the benchmark): fonts from public/fonts,
// made by the font subsetter if missing. The react-pdf call itself lives in plan-export.
import { join, resolve } from 'node:path';
import type { WorkbookSnapshot } from '../domain/tables';
import { PLAN_FONT_FILES } from '../features/plan-export/document/font-files';
import { registerPlanFonts, warmPlanFont } from '../features/plan-export/document/fonts';
import type { DocumentKind } from '../features/plan-export/document/cards/card-document';
import type { PlanOptions } from '../features/plan-export/document/options';
import { renderPlanToBuffer } from '../features/plan-export/document/render-buffer';
import { loadCatalogues } from '../i18n';

const fontsDir = resolve(import.meta.dirname, '../../public/fonts');

let prepared = false;

export async function preparePlanRendering() {
  const paths = { regular: join(fontsDir, PLAN_FONT_FILES.regular) };
  // Made or remade when missing or cut for another character list (a fast check when fresh).
  // Loaded only when needed: the subsetter brings HarfBuzz's WebAssembly.
  if (!prepared) {
    const { subsetFonts } = await import('./subset-fonts');
    await subsetFonts(fontsDir, () => undefined);
    prepared = true;
  }
  registerPlanFonts(paths);
  await warmPlanFont();
  await loadCatalogues();
}

export async function renderPlanInNode(
  snapshot: WorkbookSnapshot,
  options: PlanOptions,
  kind: DocumentKind = 'plan',
): Promise<Buffer> {
  await preparePlanRendering();
  return Buffer.from(await renderPlanToBuffer(snapshot, options, kind));
}
