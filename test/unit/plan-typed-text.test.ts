// Planner-typed text prints exactly as typed: e-mail addresses and URLs wrap at `@ . / - _` with
// no hyphen or space added and stay inside their table column; Latin meets Hangul with no hyphen.
// Read back through poppler's pdftotext (text, and word boxes for the column check).
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadCatalogues } from '../../src/i18n';
import { renderPlanInNode } from '../../src/cli/plan-render';
import { breakWord } from '../../src/features/plan-export/document/hyphenation';
import { cleanText } from '../../src/features/plan-export/document/safe-text';
import { englishWords, fullSnapshot, koreanWords } from './helpers/plan-snapshot';

const dir = mkdtempSync(join(tmpdir(), 'plan-typed-'));
const LONG_MAIL = 'sangcheol.han.ceo.office@hanbit-logistics-group.co.kr'; // 52 characters
const SHORT_MAIL = 'minsu.kim@hanbit-log.kr'; // 24 characters, wider than its column
const URL = 'https://status.hanbit-logistics-group.co.kr/incidents/EX1083315_mail_outage/details';
const MIXED = 'EX1083315를';

type Word = { xMin: number; xMax: number; yMin: number; text: string };
/** Every word pdftotext finds, with its box (points), page by page. */
function words(file: string): Word[][] {
  const html = execFileSync('pdftotext', ['-bbox', '-enc', 'UTF-8', file, '-'], { encoding: 'utf8' });
  return html
    .split('<page ')
    .slice(1)
    .map((page) =>
      [
        ...page.matchAll(
          /<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="[\d.]+">([^<]*)<\/word>/g,
        ),
      ].map((m) => ({
        xMin: Number(m[1]),
        yMin: Number(m[2]),
        xMax: Number(m[3]),
        text: m[4]!.replace(/&amp;/g, '&'),
      })),
    );
}
/** -raw: pdftotext otherwise drops a hyphen that ends a line, which would hide a drawn hyphen. */
const text = (file: string) =>
  execFileSync('pdftotext', ['-raw', '-enc', 'UTF-8', file, '-'], { encoding: 'utf8' });
const solid = (s: string) => s.replace(/\s+/g, '');

beforeAll(async () => {
  await loadCatalogues();
});

describe('break points for typed tokens', () => {
  it('splits only at separators, between syllables, and in long runs, and keeps every character', () => {
    expect(breakWord(LONG_MAIL)).toEqual([
      'sangcheol.',
      'han.',
      'ceo.',
      'office@',
      'hanbit-',
      'logistics-',
      'group.',
      'co.',
      'kr',
    ]);
    expect(breakWord(MIXED)).toEqual([MIXED]);
    expect(breakWord('Microsoft')).toEqual(['Microsoft']);
    expect(breakWord('클라우드')).toEqual(['클', '라', '우', '드']);
    expect(breakWord('x'.repeat(40))).toEqual(['x'.repeat(16), 'x'.repeat(16), 'x'.repeat(8)]);
    for (const token of [LONG_MAIL, SHORT_MAIL, URL, MIXED, '...--__//'])
      expect(breakWord(token).join('')).toBe(token);
  });
  it('adds no space inside a long token', () => {
    expect(cleanText(URL + 'x'.repeat(100))).toBe(URL + 'x'.repeat(100));
  });
});

describe('typed text in the PDF', () => {
  it('prints e-mail addresses and URLs exactly, inside their column, with no hyphen added', async () => {
    const snapshot = fullSnapshot(englishWords, 1);
    snapshot.contacts[1] = { ...snapshot.contacts[1]!, email: LONG_MAIL };
    snapshot.contacts[2] = { ...snapshot.contacts[2]!, email: SHORT_MAIL, contractRef: URL };
    snapshot.scenarios[0] = { ...snapshot.scenarios[0]!, description: `See ${URL} for the status.` };
    const pdf = await renderPlanInNode(snapshot, {
      lang: 'en',
      summary: false,
      sections: ['contacts', 'scenarioCards'],
      today: '2025-03-01',
    });
    const file = join(dir, 'typed-en.pdf');
    writeFileSync(file, pdf);
    const all = text(file);
    // Each string comes back exactly once the line breaks are taken out: no hyphen or space added.
    for (const s of [LONG_MAIL, SHORT_MAIL, URL]) expect(solid(all)).toContain(s);
    // They really wrapped (else this test proves nothing): see the word counts below.
    // Column check, on every page the contacts table is on (its header repeats): every word in
    // a column ends before the next column starts, and the column's words give the text back.
    const column = (title: string, nextTitle: string) => {
      const found: Word[] = [];
      for (const page of words(file)) {
        const head = page.find((w) => w.text === title);
        const next = page.find((w) => w.text === nextTitle);
        if (!head || !next) continue;
        // The table ends where the "Call tree" heading starts (if it is on this page).
        const end = page.find((w) => w.text === 'Call' && w.yMin > head.yMin)?.yMin ?? Infinity;
        const inColumn = page.filter(
          (w) => w.yMin > head.yMin && w.yMin < end && w.xMin >= head.xMin - 1 && w.xMin < next.xMin,
        );
        for (const w of inColumn) expect(w.xMax, w.text).toBeLessThan(next.xMin);
        found.push(...inColumn);
      }
      return found;
    };
    const emails = column('Email', 'Escalation');
    expect(solid(emails.map((w) => w.text).join(''))).toContain(LONG_MAIL);
    expect(solid(emails.map((w) => w.text).join(''))).toContain(SHORT_MAIL);
    // The 24-character address wrapped inside its column: two pieces, at a separator.
    expect(emails.filter((w) => SHORT_MAIL.startsWith(w.text) || SHORT_MAIL.endsWith(w.text))).toHaveLength(
      2,
    );
    // The URL in the "Role and team" column wraps inside it too.
    const roles = column('Role', 'Phone');
    expect(solid(roles.map((w) => w.text).join(''))).toContain(URL);
  }, 120_000);

  it('puts no hyphen where Latin meets Hangul, in a long Korean line', async () => {
    const snapshot = fullSnapshot(koreanWords, 1);
    const line = `${'담당자는 '.repeat(12)}${MIXED}확인하고${'보고서를작성합니다'.repeat(6)} ${URL}`;
    snapshot.scenarios[0] = { ...snapshot.scenarios[0]!, description: line };
    const pdf = await renderPlanInNode(snapshot, {
      lang: 'ko',
      summary: false,
      sections: ['scenarioCards'],
      today: '2025-03-01',
    });
    const file = join(dir, 'typed-ko.pdf');
    writeFileSync(file, pdf);
    const all = text(file);
    expect(solid(all)).toContain(solid(line));
    expect(all).not.toMatch(/-\n/); // no line ends in a hyphen unless typed (the URL wraps after "-" once at most)
  }, 120_000);
});
