// Finding one's way in a long plan: a PDF outline (bookmarks) with every section and scenario,
// a contents page whose rows link to the sections, and table headers repeated on the page a
// table continues on. Read back with poppler (pdftotext) and from the PDF's own objects.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildRecord } from '../../src/db/records';
import { loadCatalogues, translate, type MessageKey } from '../../src/i18n';
import { renderPlanInNode } from '../../src/cli/plan-render';
import { planSections } from '../../src/features/plan-export/document/options';
import { englishWords, fullSnapshot } from './helpers/plan-snapshot';

const dir = mkdtempSync(join(tmpdir(), 'plan-nav-'));
const pageText = (file: string, page: number) =>
  execFileSync('pdftotext', ['-f', String(page), '-l', String(page), '-enc', 'UTF-8', file, '-'], {
    encoding: 'utf8',
  });
/** The PDF's raw objects as text (react-pdf writes outline titles and link names uncompressed). */
const raw = (bytes: Uint8Array) => Buffer.from(bytes).toString('latin1');
/** Outline titles: literal strings, or UTF-16BE hex with a byte order mark (non-Latin text). */
const titlesIn = (pdf: string) => [
  ...[...pdf.matchAll(/\/Title\s*\(([^)]*)\)/g)].map((m) => m[1]!),
  ...[...pdf.matchAll(/\/Title\s*<([0-9a-fA-F]+)>/g)].map((m) =>
    Buffer.from(m[1]!, 'hex').subarray(2).swap16().toString('utf16le'),
  ),
];

beforeAll(async () => {
  await loadCatalogues();
});

describe('plan navigation', () => {
  it('has an outline with every section and scenario, contents rows that link, and repeated table headers', async () => {
    const snapshot = fullSnapshot(englishWords, 3);
    const sc = snapshot.scenarios[0]!;
    // Sixty actions: the first scenario's action table runs over a page.
    for (let k = 3; k < 60; k++)
      snapshot.mitigationActions.push(
        buildRecord('mitigationActions', {
          workbookId: snapshot.workbook.id,
          scenarioId: sc.id,
          order: k,
          action: `Action number ${k}`,
          owner: 'Park Jiwoo',
          dueDate: '2030-05-01',
          status: 'open',
        }),
      );
    const pdf = await renderPlanInNode(snapshot, {
      lang: 'en',
      summary: false,
      sections: planSections,
      today: '2025-03-01',
    });
    const file = join(dir, 'nav.pdf');
    writeFileSync(file, pdf);
    const objects = raw(pdf);

    expect(objects).toMatch(/\/Outlines\s+\d+ 0 R/);
    const titles = titlesIn(objects);
    for (const id of planSections)
      expect(titles).toContain(translate('en', `planExport.section.${id}` as MessageKey));
    for (const s of snapshot.scenarios) expect(titles.some((t) => t.endsWith(s.title))).toBe(true);

    // Contents: one link annotation per section, going to a named destination that exists.
    expect(objects.match(/\/Subtype \/Link/g)).toHaveLength(planSections.length);
    const links = [...objects.matchAll(/\/D \(section-(\w+)\)/g)].map((m) => m[1]);
    expect([...links].sort()).toEqual([...planSections].sort());
    for (const id of planSections)
      expect(objects).toMatch(new RegExp(`\\(section-${id}\\) \\[\\d+ 0 R /XYZ`));

    // The action table's header is printed again on the page it continues on.
    const first = execFileSync('pdftotext', ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8' })
      .split('\f')
      .findIndex((p) => p.includes('Action number 3'));
    const pages = [first + 1, first + 2].map((n) => pageText(file, n));
    const continued = pages.find((p, i) => i > 0 && p.includes('Action number'))!;
    expect(continued, 'the table continues on the next page').toBeDefined();
    expect(continued).toMatch(/Action\s+Owner\s+Due\s+Status/);
  }, 120_000);
});
