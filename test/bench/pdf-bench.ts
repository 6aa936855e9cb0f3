// Plan PDF benchmark: a 100-scenario workbook rendered in Node (median of several runs) and in
// Chromium through the app's export screen (time, longest main-thread task), against a
// straightforward react-pdf document of the same content (default page splitter, `fixed` header
// and a `fixed` footer whose page numbers come from `render`) rendered in the same run.
// Run: npx tsx test/bench/pdf-bench.ts --dist /tmp/dist-x   (or through `npm run bench`)
import { Document, Page, renderToBuffer, Text, View, type DocumentProps } from '@react-pdf/renderer';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createElement, type ReactElement } from 'react';
import { BACKUP_FORMAT, BACKUP_FORMAT_VERSION } from '../../src/domain/backup';
import { childTableNames, type WorkbookSnapshot } from '../../src/domain/tables';
import {
  chosenSections,
  planSections,
  type PlanOptions,
} from '../../src/features/plan-export/document/options';
import { preparePlanRendering, renderPlanInNode } from '../../src/cli/plan-render';
import type { PageMarks } from '../../src/features/plan-export/document/parts';
import { planData } from '../../src/features/plan-export/document/plan-data';
import { makePlanText } from '../../src/features/plan-export/document/plan-text';
import { Activation } from '../../src/features/plan-export/document/sections/activation';
import { Approval } from '../../src/features/plan-export/document/sections/approval';
import { Bia } from '../../src/features/plan-export/document/sections/bia';
import { Communications } from '../../src/features/plan-export/document/sections/communications';
import { Contacts } from '../../src/features/plan-export/document/sections/contacts';
import { Decisions } from '../../src/features/plan-export/document/sections/decisions';
import { Purpose } from '../../src/features/plan-export/document/sections/purpose';
import { ScenarioCards } from '../../src/features/plan-export/document/sections/scenario-cards';
import { Contents } from '../../src/features/plan-export/document/sections/contents';
import { Cover } from '../../src/features/plan-export/document/sections/cover';
import { Diagrams } from '../../src/features/plan-export/document/sections/diagrams';
import { Exercises } from '../../src/features/plan-export/document/sections/exercises';
import { Incidents } from '../../src/features/plan-export/document/sections/incidents';
import { Responsibilities } from '../../src/features/plan-export/document/sections/responsibilities';
import { RiskAreas } from '../../src/features/plan-export/document/sections/risk-areas';
import { DocumentControl } from '../../src/features/plan-export/document/sections/document-control';
import { Scenarios } from '../../src/features/plan-export/document/sections/scenarios';
import { Summary } from '../../src/features/plan-export/document/sections/summary';
import { styles } from '../../src/features/plan-export/document/styles';
import { englishWords, fullSnapshot, koreanWords } from '../unit/helpers/plan-snapshot';
import { launchChromium, median, serve } from './browser';

const TODAY = '2025-03-01';
const RUNS = Number(process.env.PDF_BENCH_RUNS ?? 3);
/** The straightforward document takes over a minute for 100 scenarios: one run unless asked. */
const BASELINE_RUNS = Number(process.env.PDF_BENCH_BASELINE_RUNS ?? 1);

/** The same sections and components, laid out the straightforward way. */
function baselineDocument(snapshot: WorkbookSnapshot, options: PlanOptions) {
  const text = makePlanText(options.lang);
  const data = planData(snapshot);
  const marks: PageMarks = new Map();
  const props = { data, text, marks, today: TODAY };
  const parts = {
    summary: Summary,
    diagrams: Diagrams,
    bia: Bia,
    riskAreas: RiskAreas,
    scenarios: Scenarios,
    responsibilities: Responsibilities,
    communications: Communications,
    incidents: Incidents,
    exercises: Exercises,
    approval: Approval,
    activation: Activation,
    documentControl: DocumentControl,
    decisions: Decisions,
    purpose: Purpose,
    contacts: Contacts,
    scenarioCards: ScenarioCards,
  };
  const sections = chosenSections(options);
  const h = createElement;
  return h(
    Document,
    null,
    h(Cover, { data, text, today: TODAY, summary: false }),
    h(
      Page,
      { size: 'A4', style: styles.page },
      h(
        View,
        { fixed: true, style: styles.header },
        h(Text, null, data.workbook.title),
        h(Text, null, text.t('planExport.doc.title')),
      ),
      h(Contents, { sections, text, marks }),
      ...sections.map((id) => h(parts[id], { key: id, ...props })),
      h(
        View,
        { fixed: true, style: styles.footer },
        h(Text, null, text.t('planExport.doc.confidential')),
        h(Text, {
          render: ({ pageNumber, totalPages }: { pageNumber: number; totalPages: number }) =>
            text.t('planExport.doc.pageOf', { page: pageNumber, total: totalPages }),
        }),
      ),
    ),
  ) as unknown as ReactElement<DocumentProps>;
}

const pageCount = (file: string) =>
  Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [file], { encoding: 'utf8' }))![1]);

async function timeNode(render: () => Promise<Buffer>, runs: number, warmUp = true) {
  if (warmUp) await render(); // fonts parsed, code compiled
  const times: number[] = [];
  let last: Buffer | null = null;
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    last = await render();
    times.push(performance.now() - t0);
  }
  return { ms: median(times), pdf: last! };
}

function backupOf(snapshot: WorkbookSnapshot) {
  const data: Record<string, unknown[]> = { workbooks: [snapshot.workbook] };
  for (const t of childTableNames) data[t] = snapshot[t];
  return {
    format: BACKUP_FORMAT,
    formatVersion: BACKUP_FORMAT_VERSION,
    appVersion: 'bench',
    exportedAt: new Date().toISOString(),
    data,
  };
}

async function timeChromium(distDir: string, snapshot: WorkbookSnapshot, lang: 'en' | 'ko', dir: string) {
  const backupFile = join(dir, 'bench-backup.json');
  writeFileSync(backupFile, JSON.stringify(backupOf(snapshot)));
  const server = await serve(distDir);
  const browser = await launchChromium();
  try {
    const page = await browser.newPage({ acceptDownloads: true });
    await page.goto(server.url);
    await page.getByRole('button', { name: /Import backup|백업 가져오기/ }).click();
    await page.getByTestId('import-file').setInputFiles(backupFile);
    await page.getByRole('button', { name: /^(Import|가져오기)$/ }).click();
    await page.getByRole('link', { name: snapshot.workbook.title }).click();
    await page.getByRole('link', { name: /^(Export|내보내기)$/ }).click();
    await page.getByRole('radio', { name: /Full plan|전체 계획서/ }).check();
    await page.locator('#plan-export-lang').selectOption(lang);
    await page.evaluate(() => {
      const w = window as unknown as { __longest: number };
      w.__longest = 0;
      new PerformanceObserver((list) => {
        for (const e of list.getEntries()) w.__longest = Math.max(w.__longest, e.duration);
      }).observe({ type: 'longtask' });
    });
    const times: number[] = [];
    let bytes = 0;
    let pages = 0;
    for (let i = 0; i < RUNS + 1; i++) {
      const download = page.waitForEvent('download', { timeout: 180_000 });
      const t0 = performance.now();
      await page.getByRole('button', { name: /Create PDF|PDF 만들기/ }).click();
      const file = await download;
      times.push(performance.now() - t0);
      const path = join(dir, `chromium-${i}.pdf`);
      await file.saveAs(path);
      pages = pageCount(path);
      bytes = (await import('node:fs')).statSync(path).size;
    }
    const longestTaskMs = await page.evaluate(() => (window as unknown as { __longest: number }).__longest);
    // The leadership summary of the same workbook: click to the saved file, whose first page is
    // the decision page (the whole summary is ready, so its first page is).
    await page.getByRole('radio', { name: /Leadership summary|경영진 요약본/ }).check();
    const summaryTimes: number[] = [];
    let summaryPages = 0;
    for (let i = 0; i < RUNS; i++) {
      const download = page.waitForEvent('download', { timeout: 60_000 });
      const t0 = performance.now();
      await page.getByRole('button', { name: /Create PDF|PDF 만들기/ }).click();
      const file = await download;
      summaryTimes.push(performance.now() - t0);
      const path = join(dir, `summary-${i}.pdf`);
      await file.saveAs(path);
      summaryPages = pageCount(path);
    }
    // The first export also fetches the engine and fonts and compiles them: reported apart.
    return {
      firstMs: times[0]!,
      ms: median(times.slice(1)),
      longestTaskMs,
      pages,
      bytes,
      summaryMs: median(summaryTimes),
      summaryPages,
    };
  } finally {
    await browser.close();
    await server.stop();
  }
}

export async function runPdfBench(distDir: string): Promise<Record<string, number>> {
  const dir = mkdtempSync(join(tmpdir(), 'pdf-bench-'));
  await preparePlanRendering();
  const out: Record<string, number> = {};
  for (const [lang, words] of [
    ['ko', koreanWords],
    ['en', englishWords],
  ] as const) {
    const snapshot = fullSnapshot(words, 100);
    const options: PlanOptions = { lang, summary: false, sections: planSections, today: TODAY };
    const plan = await timeNode(() => renderPlanInNode(snapshot, options), RUNS);
    // Runs after the plan's warm-up, so code and fonts are already warm for it too.
    const base = await timeNode(
      () => renderToBuffer(baselineDocument(snapshot, options)),
      BASELINE_RUNS,
      false,
    );
    const planFile = join(dir, `plan-${lang}.pdf`);
    const baseFile = join(dir, `baseline-${lang}.pdf`);
    writeFileSync(planFile, plan.pdf);
    writeFileSync(baseFile, base.pdf);
    const suffix = lang === 'ko' ? '' : 'En';
    out[`nodeMs${suffix}`] = plan.ms;
    out[`baselineNodeMs${suffix}`] = base.ms;
    out[`pages${suffix}`] = pageCount(planFile);
    out[`bytes${suffix}`] = plan.pdf.length;
    out[`baselinePages${suffix}`] = pageCount(baseFile);
  }
  const chromium = await timeChromium(distDir, fullSnapshot(koreanWords, 100), 'ko', dir);
  out.chromiumMs = chromium.ms;
  out.chromiumFirstMs = chromium.firstMs;
  out.longestTaskMs = chromium.longestTaskMs;
  out.chromiumPages = chromium.pages;
  out.chromiumBytes = chromium.bytes;
  out.summaryMs = chromium.summaryMs;
  out.summaryPages = chromium.summaryPages;
  // No react-pdf build of the straightforward document ships in the app, so its Node time (same
  // V8, same fonts) is the baseline for the Chromium figure too.
  out.baselineMs = out.baselineNodeMs!;
  return out;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const i = process.argv.indexOf('--dist');
  const dist = i > 0 ? process.argv[i + 1]! : (process.env.DIST_DIR ?? 'dist');
  const r = await runPdfBench(dist);
  const s = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
  const kib = (b: number) => `${Math.round(b / 1024)} KiB`;
  console.log(
    `100-scenario plan, Korean, Node:     ${s(r.nodeMs!)} vs straightforward ${s(r.baselineNodeMs!)} = ${(r.nodeMs! / r.baselineNodeMs!).toFixed(2)} x; ${r.pages} pages (baseline ${r.baselinePages}), ${kib(r.bytes!)}`,
  );
  console.log(
    `100-scenario plan, English, Node:    ${s(r.nodeMsEn!)} vs straightforward ${s(r.baselineNodeMsEn!)} = ${(r.nodeMsEn! / r.baselineNodeMsEn!).toFixed(2)} x; ${r.pagesEn} pages (baseline ${r.baselinePagesEn}), ${kib(r.bytesEn!)}`,
  );
  console.log(
    `100-scenario plan, Korean, Chromium: ${s(r.chromiumMs!)} (first export ${s(r.chromiumFirstMs!)}) = ${(r.chromiumMs! / r.baselineMs!).toFixed(2)} x the Node baseline; ${r.chromiumPages} pages, ${kib(r.chromiumBytes!)}`,
  );
  console.log(
    `leadership summary of that workbook, Chromium: ${s(r.summaryMs!)} to the saved file (${r.summaryPages} pages; target < 1.5 s)`,
  );
  console.log(
    `longest main-thread task during the export: ${Math.round(r.longestTaskMs!)} ms (target ≤ 100 ms)`,
  );
}
