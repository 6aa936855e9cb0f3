// The printed plan, rendered in Node from the same components the app uses, checked through
// poppler's pdftotext and pdfinfo: headings, scenario titles, Hangul, review sections, page count.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { main } from '../../src/cli/plan-pdf';
import { reviewSections } from '../../src/domain/incident';
import { exportBackup } from '../../src/db/backup';
import { putSnapshot } from '../../src/db/workbooks';
import { hasMessage, loadCatalogues, translate, type MessageKey } from '../../src/i18n';
import { label, usedLabelKeys } from '../../src/features/plan-export/document/labels';
import { makePlanText } from '../../src/features/plan-export/document/plan-text';
import { renderPlanInNode } from '../../src/cli/plan-render';
import {
  planSections,
  summarySections,
  type PlanOptions,
} from '../../src/features/plan-export/document/options';
import type { WorkbookSnapshot } from '../../src/domain/tables';
import {
  emptySnapshot,
  englishWords,
  fullSnapshot,
  hostileSnapshot,
  koreanWords,
} from './helpers/plan-snapshot';

const dir = mkdtempSync(join(tmpdir(), 'plan-pdf-'));
let n = 0;

async function render(snapshot: WorkbookSnapshot, options: Partial<PlanOptions> = {}) {
  const pdf = await renderPlanInNode(snapshot, {
    lang: 'en',
    summary: false,
    sections: planSections,
    today: '2025-03-01',
    ...options,
  });
  const file = join(dir, `plan-${++n}.pdf`);
  writeFileSync(file, pdf);
  return { file, bytes: pdf, text: pdfText(file), pages: pageCount(file) };
}
const pdfText = (file: string, page?: number) =>
  execFileSync(
    'pdftotext',
    [...(page ? ['-f', String(page), '-l', String(page)] : []), '-enc', 'UTF-8', file, '-'],
    {
      encoding: 'utf8',
    },
  );
const pageCount = (file: string) =>
  Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [file], { encoding: 'utf8' }))![1]);
/** pdftotext breaks lines where the PDF wraps them; compare text with whitespace collapsed. */
const flat = (s: string) => s.replace(/\s+/g, ' ');
/** Text with every space and line break taken out: where a line wrapped no longer matters. */
const solid = (s: string) => s.replace(/\s+/g, '');
const sectionTitle = (lang: 'en' | 'ko', id: string) =>
  translate(lang, `planExport.section.${id}` as MessageKey);

beforeAll(async () => {
  await loadCatalogues();
});

describe('plan PDF', () => {
  it('prints an empty workbook with plain "nothing recorded" sections and blank signature lines', async () => {
    const { text, pages, bytes } = await render(emptySnapshot('Empty plan'));
    expect(Buffer.from(bytes).subarray(0, 5).toString()).toBe('%PDF-');
    for (const id of planSections) expect(text).toContain(sectionTitle('en', id));
    expect(text).toContain('Nothing is recorded here yet.');
    expect(text).toContain('No scenarios are recorded yet');
    expect(text).toContain('Plan owner');
    expect(text).toContain('Signature');
    expect(text).toMatch(/Page 2 of \d+/);
    // Every section starts a page, and each empty one is a few lines: 16 sections, cover, contents.
    expect(pages).toBeGreaterThanOrEqual(9);
    expect(pages).toBeLessThanOrEqual(19);
  }, 120_000);

  it('prints a full workbook in English with contents page numbers that match the pages', async () => {
    const snapshot = fullSnapshot(englishWords, 6);
    const { file, text, pages } = await render(snapshot);
    for (const id of planSections) expect(text).toContain(sectionTitle('en', id));
    for (const sc of snapshot.scenarios) expect(flat(text)).toContain(sc.title);
    for (const section of reviewSections)
      expect(text).toContain(label(makePlanText('en'), 'reviewSection', section));
    expect(text).toContain('Users could not sign in to mail for 3 hours and 20 minutes.');
    expect(text).toContain(`Page ${pages} of ${pages}`);
    // Contents: every section's number is the page its heading is on. Read in layout order: the
    // DRAFT mark drawn across the page can otherwise pull a number out of its row.
    const contents = execFileSync(
      'pdftotext',
      ['-layout', '-f', '2', '-l', '2', '-enc', 'UTF-8', file, '-'],
      {
        encoding: 'utf8',
      },
    );
    for (const id of planSections) {
      const title = sectionTitle('en', id);
      const match = new RegExp(`${title}\\s+(\\d+)`).exec(contents);
      expect(match, `contents entry for ${title}`).not.toBeNull();
      expect(pdfText(file, Number(match![1]))).toContain(title);
    }
  }, 120_000);

  it('prints a full workbook in Korean: Hangul, Latin and digits come out as typed', async () => {
    const snapshot = fullSnapshot(koreanWords, 4);
    const { text, pages } = await render(snapshot, { lang: 'ko' });
    for (const id of planSections) expect(text).toContain(sectionTitle('ko', id));
    for (const sc of snapshot.scenarios) expect(text).toContain(sc.title);
    expect(text).toContain('서울 본사 업무 연속성 계획');
    expect(text).toContain('사용자는 3시간 20분 동안 메일에 로그인하지 못했습니다.');
    // Korean may wrap between syllables, so compare with line breaks and spaces taken out.
    expect(solid(text)).toContain(solid(koreanWords.paragraph));
    expect(text).toContain(`${pages}쪽 중 2쪽`);
    // No hyphen is ever added inside words such as "Microsoft".
    expect(text).not.toMatch(/Micro-|Micros-|Mi-/);
  }, 120_000);

  it('wraps Korean between syllables without adding hyphens, and keeps English words whole', async () => {
    const longWord = '클라우드서비스공급자의서비스상태대시보드와백업상태사이트를번갈아확인하는절차'.repeat(2);
    const paragraph = `${longWord} Microsoft 365 ${longWord} 담당자는 ${longWord}.`;
    const snapshot = fullSnapshot(koreanWords, 1);
    snapshot.scenarios[0] = { ...snapshot.scenarios[0]!, description: paragraph };
    const { text } = await render(snapshot, { lang: 'ko', sections: ['scenarioCards'] });
    const lines = text.split('\n').map((l) => l.trim());
    // Some line ends inside the long word, right between two syllables, with no hyphen.
    const brokenInside = lines.some(
      (line, i) =>
        /[가-힣]$/.test(line) &&
        /^[가-힣]/.test(lines[i + 1] ?? '') &&
        longWord.includes(line.slice(-3) + (lines[i + 1] ?? '').slice(0, 3)),
    );
    expect(brokenInside).toBe(true);
    expect(text).not.toMatch(/[가-힣]-\s*$/m);
    expect(solid(text)).toContain(solid(paragraph));
  }, 120_000);

  it('prints the leadership summary in a few pages', async () => {
    const { text, pages } = await render(fullSnapshot(englishWords, 6), {
      summary: true,
      sections: summarySections,
    });
    expect(text).toContain('Business continuity plan: leadership summary');
    expect(text).toContain(sectionTitle('en', 'summary'));
    expect(text).not.toContain(sectionTitle('en', 'responsibilities'));
    expect(text).not.toContain('Mitigation actions');
    // Cover, decision page, summary, purpose and scope, diagrams, approval; no contents page.
    expect(text).not.toContain(translate('en', 'planExport.contents'));
    expect(pages).toBeLessThanOrEqual(7);
  }, 120_000);

  it('survives hostile text: empty strings, endless words, emoji, unknown characters, thousands of lines', async () => {
    const { text, pages } = await render(hostileSnapshot(), { lang: 'ko' });
    expect(text).toContain('line 2499 줄 2499');
    expect(text).toContain('가가가가');
    expect(pages).toBeGreaterThan(30);
  }, 180_000);

  it('uses only catalogue texts that exist, in both languages', async () => {
    usedLabelKeys.clear();
    await render(fullSnapshot(englishWords, 9), { lang: 'en' });
    const missing = [...usedLabelKeys].filter((k) => !hasMessage(k));
    expect(missing).toEqual([]);
    expect(usedLabelKeys.size).toBeGreaterThan(30);
  }, 120_000);
});

describe('npm run plan:pdf', () => {
  it('prints a workbook from a backup file, and refuses bad input with a non-zero exit', async () => {
    await putSnapshot(fullSnapshot(koreanWords, 3));
    const backup = join(dir, 'backup.json');
    writeFileSync(backup, JSON.stringify(await exportBackup()));
    const out = join(dir, 'cli.pdf');
    expect(await main([backup, out, '--lang', 'ko', '--summary'])).toBe(0);
    expect(readFileSync(out).subarray(0, 5).toString()).toBe('%PDF-');
    expect(pdfText(out)).toContain('경영진 요약본');

    writeFileSync(join(dir, 'bad.json'), '{"format": "something else"}');
    expect(await main([join(dir, 'bad.json'), out])).not.toBe(0);
    expect(await main([join(dir, 'missing.json'), out])).not.toBe(0);
    expect(await main([backup, out, '--lang', 'fr'])).not.toBe(0);
    expect(await main([backup, out, '--workbook', 'no such workbook'])).not.toBe(0);
  }, 120_000);
});
