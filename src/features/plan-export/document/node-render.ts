// Renders the plan in Node (the CLI, unit tests, the benchmark): fonts from public/fonts, made
// by the font subsetter if missing.
import { renderToBuffer } from '@react-pdf/renderer';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { createElement, type ReactElement } from 'react';
import type { DocumentProps } from '@react-pdf/renderer';
import type { WorkbookSnapshot } from '../../../domain/tables';
import { loadCatalogues } from '../../../i18n';
import { PLAN_FONT_FILES } from './font-files';
import { registerPlanFonts } from './fonts';
import type { PlanOptions } from './options';
import { PlanDocument } from './plan-document';

const fontsDir = resolve(import.meta.dirname, '../../../../public/fonts');

export async function preparePlanRendering() {
  const paths = { regular: join(fontsDir, PLAN_FONT_FILES.regular) };
  if (!existsSync(paths.regular)) {
    const { subsetFonts } = await import('../../../cli/subset-fonts');
    await subsetFonts(fontsDir, () => undefined);
  }
  registerPlanFonts(paths);
  await loadCatalogues();
}

export async function renderPlanInNode(snapshot: WorkbookSnapshot, options: PlanOptions): Promise<Buffer> {
  await preparePlanRendering();
  const element = createElement(PlanDocument, {
    snapshot,
    options,
  }) as unknown as ReactElement<DocumentProps>;
  return renderToBuffer(element);
}
