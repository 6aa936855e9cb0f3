// The plan's decision page and structure: decisions requested (with owner, cost and date), one risk
// ranking used on the decision page, in the summary, in the Scenarios section and in the app's
// scenario list, with ties stated; overdue and due-soon actions; open gaps with "unassigned"; the
// BIA headline; empty sets said to be empty; the document order; the scenario overview in the body
// and the cards in an appendix, a breaking card titled "(continued)", card bookmarks nested under
// the appendix's. Read back with pdftotext, exact strings, English and Korean.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { renderPlanInNode } from '../../src/cli/plan-render';
import { buildRecord } from '../../src/db/records';
import { decisionPage } from '../../src/domain/decision-page';
import { rankRisks, topRisks } from '../../src/domain/risk-ranking';
import type { WorkbookSnapshot } from '../../src/domain/tables';
import { planSections } from '../../src/features/plan-export/document/options';
import { planData } from '../../src/features/plan-export/document/plan-data';
import { filterScenarios, filtersFromParams } from '../../src/features/scenarios/list-filter';
import { loadCatalogues, translate, type MessageKey } from '../../src/i18n';
import { emptySnapshot, englishWords, fullSnapshot, koreanWords } from './helpers/plan-snapshot';

const TODAY = '2025-03-01';
const dir = mkdtempSync(join(tmpdir(), 'plan-decisions-'));
let n = 0;
async function pdf(snapshot: WorkbookSnapshot, lang: 'en' | 'ko', sections = planSections) {
  const bytes = await renderPlanInNode(snapshot, { lang, summary: false, sections, today: TODAY });
  const file = join(dir, `d${++n}.pdf`);
  writeFileSync(file, bytes);
  const pages = execFileSync('pdftotext', ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8' }).split('\f');
  // Layout mode keeps a table row on one line: its cells joined by single spaces.
  const rows = execFileSync('pdftotext', ['-layout', '-enc', 'UTF-8', file, '-'], { encoding: 'utf8' })
    .split('\f')
    .map((p) => p.split('\n').map((l) => row(l.trim().replace(/\s{2,}/g, ' | '))));
  return { bytes, pages, rows, all: pages.join('\n') };
}
/**
 * A table row as cells with their spaces taken out ("8 h / 2 h" may come back as "8h/2h"),
 * joined by "|": written the same way for what is expected.
 */
const row = (cells: string) =>
  cells
    .split(' | ')
    .map((c) => c.replace(/\s+/g, ''))
    .join('|');
/** Text with its line breaks and spaces taken out (wrapping differs between runs of a table). */
const solid = (s: string) => s.replace(/\s+/g, '');

/**
 * 30 scenarios, 24 of them at score 20 (4 × 5 and 5 × 4); two actions flagged for a decision,
 * one gap flagged, an overdue and a due-soon action with and without owner, and a BIA where one
 * of two tier-1 processes cannot be back within its RTO.
 */
function decisionSnapshot(words = englishWords) {
  const s = fullSnapshot(words, 30);
  const w = s.workbook.id;
  s.scenarios = s.scenarios.map((sc, i) => ({
    ...sc,
    title: `${words === englishWords ? 'Risk' : '위험'} ${String(i + 1).padStart(2, '0')}`,
    likelihood: i < 24 ? (i % 2 ? 4 : 5) : 2,
    impact: i < 24 ? (i % 2 ? 5 : 4) : 2,
    order: 30 - i,
  }));
  s.mitigationActions = [
    buildRecord('mitigationActions', {
      workbookId: w,
      scenarioId: s.scenarios[0]!.id,
      action: 'Backup product for mail',
      owner: 'Han Sangcheol',
      dueDate: '2025-02-01',
      decisionNeeded: true,
      decisionCost: 45000000,
      decisionNeededBy: '2025-04-15',
    }),
    buildRecord('mitigationActions', {
      workbookId: w,
      scenarioId: s.scenarios[1]!.id,
      action: 'VPN licences for 400',
      owner: '',
      dueDate: '2025-03-10',
      decisionNeeded: true,
      decisionCost: null,
      decisionNeededBy: '2025-03-20',
    }),
    buildRecord('mitigationActions', {
      workbookId: w,
      scenarioId: s.scenarios[2]!.id,
      action: 'A done action never asks for a decision',
      status: 'done',
      decisionNeeded: true,
    }),
  ];
  s.responsibilities = s.responsibilities.map((r, i) => ({
    ...r,
    reviewStatus: i === 0 ? ('gap' as const) : i === 1 ? ('gap' as const) : ('in_place' as const),
    responsiblePerson: i === 0 ? '' : 'Park Jiwoo',
    title: i === 0 ? 'Third global admin' : i === 1 ? 'Break-glass accounts' : r.title,
    decisionNeeded: i === 0,
    decisionCost: i === 0 ? 0 : null,
    decisionNeededBy: null,
  }));
  const mail = buildRecord('biaProcesses', { workbookId: w, name: 'Customer orders', tier: 1, rtoHours: 4 });
  const pay = buildRecord('biaProcesses', { workbookId: w, name: 'Payroll', tier: 1, rtoHours: 48 });
  const erp = buildRecord('biaResources', { workbookId: w, name: 'ERP', recoveryHours: 24 });
  s.biaProcesses = [mail, pay];
  s.biaResources = [erp];
  s.biaDependencies = [
    buildRecord('biaDependencies', { workbookId: w, processId: mail.id, resourceId: erp.id }),
    buildRecord('biaDependencies', { workbookId: w, processId: pay.id, resourceId: erp.id }),
  ];
  return s;
}

beforeAll(async () => {
  await loadCatalogues();
});

describe('one risk ranking', () => {
  it('breaks ties by impact, then the list order, and says how many share the top score', () => {
    const s = decisionSnapshot();
    const top = topRisks(s.scenarios, 3);
    expect(top.topScore).toBe(20);
    expect(top.atTopScore).toBe(24);
    // Impact 5 before impact 4; among those, the lower list order first (order = 30 - index).
    expect(top.shown.map((sc) => sc.title)).toEqual(['Risk 24', 'Risk 22', 'Risk 20']);
    // The app's scenario list, sorted by score, opens with the same three.
    const list = filterScenarios(s.scenarios, filtersFromParams(new URLSearchParams('sort=score')));
    expect(list.slice(0, 3).map((sc) => sc.title)).toEqual(['Risk 24', 'Risk 22', 'Risk 20']);
    expect(rankRisks(s.scenarios).map((sc) => sc.id)).toEqual(list.map((sc) => sc.id));
  });
});

describe('the decision page facts', () => {
  it('lists flagged open actions and gaps by needed-by date, overdue and due-soon actions, gaps and the BIA', () => {
    const page = decisionPage(planData(decisionSnapshot()), TODAY);
    expect(
      page.decisions.map((d) => (d.kind === 'action' ? d.action.action : `gap:${d.item.title}`)),
    ).toEqual(['VPN licences for 400', 'Backup product for mail', 'gap:Third global admin']);
    expect(page.overdue.map((a) => a.title)).toEqual(['Backup product for mail']);
    expect(page.dueSoon.map((a) => a.title)).toEqual(['VPN licences for 400']);
    expect(page.openGaps.map((g) => g.title)).toEqual(['Third global admin', 'Break-glass accounts']);
    expect(page.bia).toEqual({ tierOne: 2, unmet: [{ name: 'Customer orders', rtoHours: 4, backAt: 24 }] });
  });
});

describe('the decision page in the PDF', () => {
  it('prints decisions, ties, actions, gaps and the BIA headline first, in English', async () => {
    const { pages, rows, all } = await pdf(decisionSnapshot(), 'en');
    const t = (key: MessageKey, vars?: Record<string, string | number>) => translate('en', key, vars);
    // Cover, contents, then the decision page.
    expect(pages[2]).toContain('Decisions for leadership');
    const page = rows[2]!;
    const at = (r: string) => page.indexOf(r);
    // Decisions: nearest needed-by date first; no owner is "unassigned"; no cost is "not known".
    expect(at(row('VPN licences for 400 | Risk 02 | unassigned | not known | 20 Mar 2025'))).toBeGreaterThan(
      0,
    );
    expect(
      at(row('Backup product for mail | Risk 01 | Han Sangcheol | 45,000,000 | 15 Apr 2025')),
    ).toBeGreaterThan(at(row('VPN licences for 400 | Risk 02 | unassigned | not known | 20 Mar 2025')));
    expect(at(row('Third global admin | Checklist gap | unassigned | 0 | no date'))).toBeGreaterThan(
      at(row('Backup product for mail | Risk 01 | Han Sangcheol | 45,000,000 | 15 Apr 2025')),
    );
    expect(pages[2]).not.toContain('A done action never asks for a decision');
    expect(pages[2]).toContain(
      '24 scenarios share the top score of 20; the 3 shown are the first of them by this ranking.',
    );
    expect(page).toEqual(
      expect.arrayContaining([
        row('1 | Risk 24 | 20 (Critical) | 8 h / 2 h'),
        row('2 | Risk 22 | 20 (Critical) | 8 h / 2 h'),
        row('3 | Risk 20 | 20 (Critical) | 8 h / 12 h'),
        row('Backup product for mail | Risk 01 | Han Sangcheol | 1 Feb 2025'),
        row('VPN licences for 400 | Risk 02 | unassigned | 10 Mar 2025'),
        row('Third global admin | Provider | unassigned'),
        row('Break-glass accounts | Provider | Park Jiwoo'),
        row('1 of 2 tier-1 processes cannot be back within their recovery time objective:'),
        row('Customer orders | 4 h | 24 h'),
      ]),
    );
    expect(at(row('Backup product for mail | Risk 01 | Han Sangcheol | 1 Feb 2025'))).toBeGreaterThan(
      at(row('Overdue actions')),
    );
    expect(at(row('VPN licences for 400 | Risk 02 | unassigned | 10 Mar 2025'))).toBeGreaterThan(
      at(row('Actions due in the next 14 days')),
    );
    // The summary and the Scenarios section name the same three first.
    expect(solid(all)).toContain(
      solid(
        'The highest risks are Risk 24 (score 20, critical); Risk 22 (score 20, critical); Risk 20 (score 20, critical).',
      ),
    );
    // The Scenarios section's overview: the same first three, in the same order.
    const overview = rows[
      pages.findIndex((p) => p.includes(t('leadership.overview.intro').slice(0, 30)))
    ]!.filter((r) => r !== '');
    const first = overview.indexOf(row('1 | Risk 24 | 20 (Critical) | 8 h / 2 h | Draft | 0'));
    expect(first).toBeGreaterThan(0);
    expect(overview.slice(first, first + 3)).toEqual([
      row('1 | Risk 24 | 20 (Critical) | 8 h / 2 h | Draft | 0'),
      row('2 | Risk 22 | 20 (Critical) | 8 h / 2 h | Draft | 0'),
      row('3 | Risk 20 | 20 (Critical) | 8 h / 12 h | Draft | 0'),
    ]);
  }, 120_000);

  it('prints the same page in Korean', async () => {
    const { pages } = await pdf(decisionSnapshot(koreanWords), 'ko');
    expect(pages[2]).toContain('경영진 결정 사항');
    const page = solid(pages[2]!);
    expect(page).toContain(solid('VPN licences for 400 위험 02 담당자 없음 모름 2025. 3. 20.'));
    expect(page).toContain(solid('45,000,000'));
    expect(page).toContain(
      solid(
        '시나리오 24개가 최고 점수 20점을 공유합니다. 여기 보이는 3개는 이 순위 규칙에 따른 앞의 것입니다.',
      ),
    );
    expect(page).toContain(solid('1 위험 24 20 (심각)'));
    expect(page).toContain(solid('1등급 프로세스 2개 중 1개는 목표 복구 시간 안에 복구할 수 없습니다.'));
    expect(page).toContain(solid('Third global admin'));
  }, 120_000);

  it('says each empty set is empty, in English and Korean', async () => {
    for (const lang of ['en', 'ko'] as const) {
      const { pages } = await pdf(emptySnapshot('Empty plan'), lang, ['decisions']);
      const text = solid(pages.join(''));
      for (const key of [
        'requestedNone',
        'topRisksNone',
        'actionsNoneRecorded',
        'checklistEmpty',
        'biaNone',
      ] as const)
        expect(text).toContain(solid(translate(lang, `leadership.page.${key}`)));
      expect(text).toContain(
        solid(lang === 'en' ? 'No exercise has been held yet.' : '아직 실시한 훈련이 없습니다.'),
      );
    }
    // With actions, none overdue: "no open action is past its due date", not silence.
    const s = fullSnapshot(englishWords, 2);
    s.mitigationActions = s.mitigationActions.map((a) => ({ ...a, dueDate: '2031-01-01' }));
    s.responsibilities = s.responsibilities.map((r) => ({ ...r, reviewStatus: 'in_place' as const }));
    const { all } = await pdf(s, 'en', ['decisions']);
    expect(all).toContain('No open action is past its due date.');
    expect(all).toContain('No open action falls due in the next 14 days.');
    expect(all).toContain('No checklist item is reviewed as a gap.');
  }, 120_000);

  it('names the last exercise and its result', async () => {
    const s = emptySnapshot('Drilled plan');
    const workbookId = s.workbook.id;
    const drill = buildRecord('exercises', {
      workbookId,
      type: 'tabletop',
      title: 'Snowstorm drill',
      date: '2026-03-02',
      status: 'held',
    });
    s.exercises = [drill];
    s.exerciseObjectives = [
      buildRecord('exerciseObjectives', {
        workbookId,
        exerciseId: drill.id,
        text: 'Declare in 30 min',
        met: true,
      }),
      buildRecord('exerciseObjectives', {
        workbookId,
        exerciseId: drill.id,
        text: 'Reach all staff',
        met: false,
      }),
    ];
    const { all } = await pdf(s, 'en', ['decisions']);
    expect(solid(all)).toContain(
      solid('Last exercise: tabletop "Snowstorm drill" on 2026-03-02; 1 of 2 objectives met.'),
    );
  }, 120_000);
});

describe('plan structure', () => {
  it('orders the sections as ISO 22301 8.4 does, with the cards in an appendix that says "(continued)"', async () => {
    expect(planSections).toEqual([
      'decisions',
      'summary',
      'documentControl',
      'purpose',
      'activation',
      'bia',
      'riskAreas',
      'diagrams',
      'scenarios',
      'communications',
      'exercises',
      'incidents',
      'approval',
      'contacts',
      'scenarioCards',
      'responsibilities',
    ]);
    const s = fullSnapshot(englishWords, 2);
    const first = s.scenarios[0]!;
    for (let k = 3; k < 60; k++)
      s.mitigationActions.push(
        buildRecord('mitigationActions', {
          workbookId: s.workbook.id,
          scenarioId: first.id,
          order: k,
          action: `Action number ${k}`,
          dueDate: '2030-05-01',
        }),
      );
    const { pages, bytes } = await pdf(s, 'en', ['purpose', 'scenarios', 'scenarioCards']);
    const all = pages.join('\n');
    expect(all).toContain('Purpose and scope');
    expect(solid(all)).toContain(solid(s.workbook.scope.split('\n')[0]!));
    expect(all).toContain('Appendix B: Scenario cards');
    // Scenario 1 has the higher score of the two here (4 × 3 against 2 × 4): card 1.
    const title = `1. ${first.title}`;
    const cardPages = pages.filter((p) => p.includes(title));
    expect(cardPages.length).toBeGreaterThan(1);
    expect(cardPages[0]).not.toContain(`${title} (continued)`);
    for (const p of cardPages.slice(1)) expect(p).toContain(`${title} (continued)`);
    const second = `2. ${s.scenarios[1]!.title}`;
    expect(pages.find((p) => p.includes(second))).not.toContain(`${second} (continued)`);

    // The same in Korean.
    const ko = (await pdf(s, 'ko', ['scenarioCards'])).pages.filter((p) => p.includes(title));
    expect(ko.length).toBeGreaterThan(1);
    expect(ko[0]).not.toContain(`${title} (계속)`);
    for (const p of ko.slice(1)) expect(p).toContain(`${title} (계속)`);

    // The cards' bookmarks sit under the appendix's bookmark in the outline.
    const raw = Buffer.from(bytes).toString('latin1');
    const objectOf = (needle: string) => {
      const at = raw.indexOf(needle);
      const head = raw.lastIndexOf(' 0 obj', at);
      return /(\d+)\s*$/.exec(raw.slice(Math.max(0, head - 12), head))![1];
    };
    const appendix = objectOf('/Title (Appendix B: Scenario cards)');
    const card = raw.slice(raw.indexOf(`/Title (${title})`) - 400, raw.indexOf(`/Title (${title})`) + 400);
    expect(card).toMatch(new RegExp(`/Parent ${appendix} 0 R`));
  }, 120_000);
});
