// The PDF engine runs here, off the main thread: react-pdf, the fonts (fetched from our own
// origin, so the service worker serves them offline) and the document components.
import { pdf } from '@react-pdf/renderer';
import { loadCatalogues } from '../../i18n';
import { PLAN_FONT_FILES } from './document/font-files';
import { registerPlanFonts, warmPlanFont } from './document/fonts';
import { printedDocument } from './document/cards/card-document';
import { countPdfPages, type PdfRequest, type PdfResponse } from './pdf-protocol';

const fontUrl = (file: string) =>
  new URL(`${import.meta.env.BASE_URL}fonts/${file}`, self.location.href).href;
const post = (message: PdfResponse, transfer: Transferable[] = []) => self.postMessage(message, { transfer });

self.onmessage = async (event: MessageEvent<PdfRequest>) => {
  const started = performance.now();
  try {
    post({ type: 'stage', stage: 'engine' });
    registerPlanFonts({ regular: fontUrl(PLAN_FONT_FILES.regular) });
    await Promise.all([loadCatalogues(), warmPlanFont()]);
    post({ type: 'stage', stage: 'layout' });
    const { snapshot, options, kind = 'plan' } = event.data;
    const element = printedDocument(kind, snapshot, options);
    const blob = await pdf(element).toBlob();
    post({ type: 'stage', stage: 'write' });
    const buffer = await blob.arrayBuffer();
    const pages = countPdfPages(new Uint8Array(buffer));
    post({ type: 'done', pdf: buffer, pages, ms: performance.now() - started }, [buffer]);
  } catch (error) {
    post({ type: 'error', message: error instanceof Error ? error.message : String(error) });
  }
};
