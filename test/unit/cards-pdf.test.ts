// The printed response material, rendered in Node from the same components the app uses and read
// back through poppler: the plan's activation and response section, the wallet cards (A4 sheets,
// 85.6 × 54 mm cells whose text stays inside them, a back that lines up when printed duplex) and
// the role cards (one A4 page per role), in English and Korean, and `npm run plan:pdf -- --card`.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { main } from '../../src/cli/plan-pdf';
import { preparePlanRendering, renderPlanInNode } from '../../src/cli/plan-render';
import { exportBackup } from '../../src/db/backup';
import { buildRecord } from '../../src/db/records';
import { putSnapshot } from '../../src/db/workbooks';
import type { WorkbookSnapshot } from '../../src/domain/tables';
import {
  A4,
  CARD,
  cardCells,
  cutMarks,
  PT_PER_MM,
  type Cell,
} from '../../src/features/plan-export/document/cards/card-grid';
import type { DocumentKind } from '../../src/features/plan-export/document/cards/card-document';
import { fitLines, textWidth } from '../../src/features/plan-export/document/cards/fit';
import { loadCatalogues } from '../../src/i18n';
import { emptySnapshot } from './helpers/plan-snapshot';
import { responseEn, responseKo, responseSnapshot } from './helpers/response-snapshot';

const dir = mkdtempSync(join(tmpdir(), 'cards-pdf-'));
let n = 0;

async function render(snapshot: WorkbookSnapshot, kind: DocumentKind, lang: 'en' | 'ko' = 'en') {
  const pdf = await renderPlanInNode(
    snapshot,
    { lang, summary: false, sections: ['activation'], today: '2025-03-01' },
    kind,
  );
  const file = join(dir, `${kind}-${++n}.pdf`);
  writeFileSync(file, pdf);
  return file;
}
const pdfText = (file: string, args: string[] = []) =>
  // -raw: in the order the PDF draws it (table rows left to right), not pdftotext's column guess.
  execFileSync('pdftotext', ['-raw', ...args, '-enc', 'UTF-8', file, '-'], { encoding: 'utf8' });
const pageText = (file: string, page: number) => pdfText(file, ['-f', String(page), '-l', String(page)]);
/** The text inside one card cell (pdftotext's crop box is in points at its default 72 dpi). */
const cellText = (file: string, page: number, c: Cell) =>
  pdfText(file, [
    '-f',
    String(page),
    '-l',
    String(page),
    '-x',
    String(Math.floor(c.x)),
    '-y',
    String(Math.floor(c.y)),
    '-W',
    String(Math.ceil(CARD.width)),
    '-H',
    String(Math.ceil(CARD.height)),
  ]);
/** Each page's size in points, from pdfinfo's per-page listing. */
const pageSizes = (file: string) => {
  const info = execFileSync('pdfinfo', ['-f', '1', '-l', '99', file], { encoding: 'utf8' });
  return [...info.matchAll(/Page\s+\d+ size:\s+([\d.]+) x ([\d.]+) pts/g)].map((m) => [
    Number(m[1]),
    Number(m[2]),
  ]);
};
const lines = (s: string) =>
  s
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean);
const flat = (s: string) => s.replace(/\s+/g, ' ');
const count = (s: string, part: string) => s.split(part).length - 1;

beforeAll(async () => {
  await preparePlanRendering();
  await loadCatalogues();
});

describe('wallet card geometry', () => {
  it('is credit-card size, eight to an A4 sheet, with a back mirrored for long-edge duplex', () => {
    expect(CARD.width / PT_PER_MM).toBeCloseTo(85.6, 9);
    expect(CARD.height / PT_PER_MM).toBeCloseTo(54, 9);
    const front = cardCells('front');
    const back = cardCells('back');
    expect(front).toHaveLength(8);
    for (const c of front) {
      expect(c.x).toBeGreaterThan(0);
      expect(c.y).toBeGreaterThan(0);
      expect(c.x + CARD.width).toBeLessThan(A4.width);
      expect(c.y + CARD.height).toBeLessThan(A4.height);
    }
    // Flipped on the long edge, the back of the card at (x, y) is at (page width − x − card width, y).
    front.forEach((f, i) => {
      expect(back[i]!.x).toBeCloseTo(A4.width - f.x - CARD.width, 6);
      expect(back[i]!.y).toBe(f.y);
    });
    // No cut mark touches a card.
    for (const m of cutMarks())
      for (const c of front) {
        const apart =
          m.x + m.width <= c.x ||
          m.x >= c.x + CARD.width ||
          m.y + m.height <= c.y ||
          m.y >= c.y + CARD.height;
        expect(apart).toBe(true);
      }
  });
});

describe('fitting text to a card', () => {
  it('wraps at spaces, cuts the last line with an ellipsis and never exceeds the width', () => {
    const long =
      'Bridge line +82 2 555 0100 then press 1 and enter the PIN 4411 followed by the hash key twice';
    const one = fitLines(long, 120, 7, 1);
    expect(one).toHaveLength(1);
    expect(one[0]!.endsWith('…')).toBe(true);
    expect(textWidth(one[0]!, 7)).toBeLessThanOrEqual(120);
    const two = fitLines(long, 120, 7, 2);
    expect(two).toHaveLength(2);
    expect(two[0]!.endsWith('…')).toBe(false);
    for (const l of two) expect(textWidth(l, 7)).toBeLessThanOrEqual(120);
    const korean = fitLines(
      '서울본사재해복구브리지회선공이이오오오공일공공번호로전화하세요'.repeat(3),
      100,
      7,
      1,
    );
    expect(korean[0]!.endsWith('…')).toBe(true);
    expect(textWidth(korean[0]!, 7)).toBeLessThanOrEqual(100);
    expect(fitLines('Short enough', 200, 7, 1)).toEqual(['Short enough']);
  });
});

describe('wallet card PDF', () => {
  it('prints the front and back in English on A4 sheets, each card inside its 85.6 × 54 mm cell', async () => {
    const file = await render(responseSnapshot(responseEn), 'walletCard');
    expect(pageSizes(file)).toEqual([
      [595.28, 841.89],
      [595.28, 841.89],
    ]);
    const frontCell = lines(cellText(file, 1, cardCells('front')[0]!));
    expect(frontCell).toEqual([
      'IN AN INCIDENT · Seoul head office continuity plan',
      'Activate when',
      'Mail down for all staff: 2 hours',
      'Who may declare',
      'Incident lead: Park Jiwoo +82 10 1111 2222',
      'alternate: Kim Minseo +82 10 3333 4444',
      'Bridge line (works without the cloud service)',
      'Bridge +82 2 555 0100 PIN 4411',
    ]);
    const backCell = lines(cellText(file, 2, cardCells('back')[0]!));
    expect(backCell).toEqual([
      'CALLS AND STATUS',
      'Report your status',
      'Staff phone tree',
      'Say: name, where you are, safe?, can you work?, what you need',
      'Rally point',
      'Car park B, gate 2',
      'Alternate',
      'City Hall lobby',
      'First three calls',
      '1. Park Jiwoo (CEO) +82 10 1111 2222',
      '2. Kim Minseo +82 10 3333 4444',
      '3. Lee Dahye +82 2 555 0199',
      'Provider status if the admin center is down',
      'Backup status site: status.example.com',
      'Public status account: @ExampleStatus',
      'Plan version: 2.1 · 1 Mar 2025',
    ]);
    // Every cell holds the whole card, first line to last: nothing runs outside a cell.
    for (const c of cardCells('front')) expect(lines(cellText(file, 1, c))).toEqual(frontCell);
    for (const c of cardCells('back')) expect(lines(cellText(file, 2, c))).toEqual(backCell);
    const front = pageText(file, 1);
    expect(count(front, 'IN AN INCIDENT')).toBe(8);
    // The chat needs the provider's service, and the admin center's own dashboard fails with it.
    expect(front).not.toContain('Teams group chat');
    expect(pageText(file, 2)).not.toContain('admin.example.com');
  }, 120_000);

  it('prints the wallet card in Korean', async () => {
    const file = await render(responseSnapshot(responseKo), 'walletCard', 'ko');
    expect(pageSizes(file)).toHaveLength(2);
    expect(lines(cellText(file, 1, cardCells('front')[3]!))).toEqual([
      '사고 발생 시 · 서울 본사 업무 연속성 계획',
      '발동 조건',
      '전 직원 메일 중단: 2시간',
      '선언 권한자',
      '사고 책임자: 박지우 +82 10 1111 2222',
      '대리자: 김민서 +82 10 3333 4444',
      '브리지 회선 (클라우드 서비스 없이 작동)',
      '브리지 회선 02-555-0100 PIN 4411',
    ]);
    expect(lines(cellText(file, 2, cardCells('back')[3]!))).toEqual([
      '연락과 상태 보고',
      '상태 보고',
      '직원 전화 연락망',
      '말할 내용: 이름, 현재 위치, 안전 여부, 근무 가능 여부, 필요한 것',
      '집결지 대체 집결지',
      '처음 걸 전화 세 통',
      '1. 박지우 (CEO) +82 10 1111 2222',
      '2. 김민서 +82 10 3333 4444',
      '3. 이다혜 +82 2 555 0199',
      '관리 센터가 중단되었을 때 공급자 상태 확인처',
      '예비 상태 사이트: status.example.com',
      '공개 상태 계정: @ExampleStatus',
      '계획 버전: 2.1 · 2025. 3. 1.',
    ]);
  }, 120_000);

  it('shortens text that does not fit with an ellipsis, keeping the last line on the card', async () => {
    const s = responseSnapshot(responseKo);
    const longBridge = `브리지 회선 02-555-0100 ${'그리고 안내에 따라 번호를 누르세요 '.repeat(6)}끝`;
    s.responseRoles[0] = {
      ...s.responseRoles[0]!,
      reachMethods: [{ label: longBridge, dependsOnProvider: false }],
    };
    s.responseCriteria[0] = { ...s.responseCriteria[0]!, condition: 'Mail down '.repeat(20) };
    const file = await render(s, 'walletCard', 'ko');
    const front = lines(cellText(file, 1, cardCells('front')[0]!));
    const bridge = front.at(-1)!;
    expect(bridge.startsWith('브리지 회선 02-555-0100 그리고')).toBe(true);
    expect(bridge.endsWith('…')).toBe(true);
    expect(front[2]!.startsWith('Mail down Mail down')).toBe(true);
    expect(front[2]!.endsWith('…')).toBe(true);
    expect(pdfText(file)).not.toContain('끝');
    expect(lines(cellText(file, 2, cardCells('back')[0]!)).at(-1)).toBe(
      '계획 버전: 승인된 버전 2.1 이후 초안 · 2025. 3. 1.',
    );
  }, 120_000);

  it('says plainly what an empty workbook lacks', async () => {
    const file = await render(emptySnapshot('Empty plan'), 'walletCard');
    const front = lines(cellText(file, 1, cardCells('front')[0]!));
    expect(front).toEqual([
      'IN AN INCIDENT · Empty plan',
      'Activate when',
      'None recorded',
      'Who may declare',
      'None recorded',
      'Bridge line (works without the cloud service)',
      'None recorded: ask your manager',
    ]);
    expect(lines(cellText(file, 2, cardCells('back')[0]!))).toContain('None recorded');
  }, 120_000);
});

describe('role card PDF', () => {
  it('prints one A4 page per response role in English', async () => {
    const file = await render(responseSnapshot(responseEn), 'roleCards');
    expect(pageSizes(file)).toEqual([
      [595.28, 841.89],
      [595.28, 841.89],
    ]);
    const lead = flat(pageText(file, 1));
    for (const part of [
      'Role card Incident lead',
      'This role may declare an incident and invoke the plan.',
      'Responsibilities Leads the response and decides when to stand down.',
      'First-hour checklist +0 min Declare and open the bridge Room 301 · Use the printed call list · Restore payroll',
      'Contacts Park Jiwoo · Primary · CEO +82 10 1111 2222 Available Mon–Fri 08:00–18:00 (Asia/Seoul)',
      'Kim Minseo · Alternate +82 10 3333 4444 Available 24/7 (Asia/Seoul)',
      'How to reach the role holder • Bridge +82 2 555 0100 PIN 4411 • Teams group chat (needs the provider’s service)',
      'Escalation No escalation is set for this role.',
      'Communications comes to you when it gets no answer within 15 minutes.',
      'Seoul head office continuity plan · plan version: 2.1 · 1 Mar 2025',
    ])
      expect(lead).toContain(part);
    // The lead's card holds the lead's steps only.
    expect(lead).not.toContain('Text all staff the status line');
    const comms = flat(pageText(file, 2));
    for (const part of [
      'Role card Communications',
      '! No alternate for this role.',
      '! Every contact for this role is unverified for 6 months or more.',
      'No responsibilities are written down for this role.',
      '+15 min Text all staff the status line Restore payroll',
      'Lee Dahye · Primary +82 2 555 0199 Hours not recorded (time zone not recorded) · not verified for 6 months',
      'No answer within 15 minutes: go to Incident lead (Park Jiwoo +82 10 1111 2222).',
    ])
      expect(comms).toContain(part);
    expect(comms).not.toContain('This role may declare');
  }, 120_000);

  it('prints the role cards in Korean, and one page saying so when there are no roles', async () => {
    const file = await render(responseSnapshot(responseKo), 'roleCards', 'ko');
    expect(pageSizes(file)).toHaveLength(2);
    const lead = flat(pageText(file, 1));
    for (const part of [
      '역할 카드 사고 책임자',
      '이 역할은 사고를 선언하고 계획을 발동할 수 있습니다.',
      '첫 한 시간 점검표 +0분 선언하고 브리지 회선 열기 301호 · 인쇄된 연락 목록 사용 · 급여 복구',
      '박지우 · 주 담당 · CEO +82 10 1111 2222 연락 가능 Mon–Fri 08:00–18:00 (Asia/Seoul)',
      '• 팀즈 그룹 채팅 (공급자 서비스 필요)',
      '커뮤니케이션 역할이 15분 안에 응답을 받지 못하면 이 역할에 연락합니다.',
    ])
      expect(lead).toContain(part);
    expect(flat(pageText(file, 2))).toContain(
      '15분 안에 응답이 없으면 사고 책임자 (박지우 +82 10 1111 2222)에게 연락하세요.',
    );
    const empty = await render(emptySnapshot('Empty plan'), 'roleCards');
    expect(pageSizes(empty)).toEqual([[595.28, 841.89]]);
    expect(flat(pdfText(empty))).toContain(
      'No response roles are recorded, so there are no role cards to print.',
    );
  }, 120_000);
});

describe('activation and response section of the plan', () => {
  it('prints criteria, who declares, escalation, roles, first hour, procedures and stand-down', async () => {
    const text = flat(pdfText(await render(responseSnapshot(responseEn), 'plan')));
    for (const part of [
      'Activation and response',
      'Activation criteria Condition Threshold Notes Mail down for all staff 2 hours',
      'Who may declare Role Primary Alternates How reached Incident lead',
      '• Communications: after 15 min without an answer: Incident lead',
      'Response roles Incident lead Leads the response and decides when to stand down.',
      'This role may declare an incident and invoke the plan.',
      'Alternates: Nobody named ! No alternate for this role. ! Every contact for this role is unverified for 6 months or more.',
      'First hour # When Who Procedure Does what Where How 1 +0 min Incident lead Restore payroll Declare and open the bridge Room 301 Use the printed call list 2 +15 min Communications Restore payroll Text all staff the status line',
      'Recovery procedures Restore payroll Process: Payroll run · Procedure owner: Kim Minseo',
      '3 +1 h 30 min Incident lead Run payroll from the offline export',
      'Stand-down and return to normal # When Who Procedure Does what Where How 1 When needed Incident lead Restore payroll Close the bridge and thank the team 2 When needed No role chosen Restore payroll Re-enter manual payments',
    ])
      expect(text).toContain(part);
    expect(text.replace(/\s/g, '')).toContain(
      'Bridge+8225550100PIN4411;Teamsgroupchat(needstheprovider’sservice)'.replace(/\s/g, ''),
    );
  }, 120_000);

  it('prints the section in Korean, and says what is missing when nothing is recorded', async () => {
    const ko = flat(pdfText(await render(responseSnapshot(responseKo), 'plan', 'ko')));
    for (const part of [
      '발동 및 대응',
      '발동 기준 조건 기준값 메모 전 직원 메일 중단 2시간',
      '• 커뮤니케이션: 15분 동안 응답이 없으면: 사고 책임자',
      '복구 절차 급여 복구 프로세스: 급여 지급 · 절차 책임자: 김민서',
      '대응 해제와 정상 복귀',
      '필요할 때 역할 미지정 급여 복구 수기 지급 내역 재입력',
    ])
      expect(ko).toContain(part);
    const empty = flat(pdfText(await render(emptySnapshot('Empty plan'), 'plan')));
    for (const part of [
      'No activation criteria are recorded: nothing here says when the plan is invoked.',
      'Who may declare No role may declare an incident.',
      'Escalation No escalation is set for any role.',
      'Response roles No response roles are recorded.',
      'First hour No first-hour steps are recorded.',
      'Recovery procedures No recovery procedures are recorded.',
      'Stand-down and return to normal No stand-down or return-to-normal steps are recorded.',
    ])
      expect(empty).toContain(part);
  }, 120_000);
});

describe('activation section: scenario procedures and declarers reached only through the provider', () => {
  it('names the scenario and its owner, and warns when every way to the declarers needs the provider', async () => {
    const s = responseSnapshot(responseEn);
    const workbookId = s.workbook.id;
    const scenario = buildRecord('scenarios', {
      workbookId,
      title: 'Regional network outage',
      areas: ['systems'],
      ownerContactId: s.contacts[2]!.id,
    });
    s.scenarios = [scenario];
    s.responseProcedures.push(
      buildRecord('responseProcedures', {
        workbookId,
        order: 1,
        title: 'Work from the branch',
        scope: 'scenario',
        scenarioId: scenario.id,
      }),
    );
    s.responseRoles[0] = {
      ...s.responseRoles[0]!,
      reachMethods: [{ label: 'Teams group chat', dependsOnProvider: true }],
    };
    const text = flat(pdfText(await render(s, 'plan')));
    expect(text).toContain(
      'Work from the branch Scenario: Regional network outage · Procedure owner: Nobody named · Scenario owner: Lee Dahye No steps recorded.',
    );
    expect(text).toContain(
      'Who may declare Every way to reach the people who may declare runs on the provider’s mail or chat. Add a bridge line or phone tree that works when the service is down.',
    );
    const wallet = await render(s, 'walletCard');
    expect(lines(cellText(wallet, 1, cardCells('front')[0]!)).at(-1)).toBe('None recorded: ask your manager');
  }, 120_000);
});

describe('npm run plan:pdf -- --card', () => {
  it('prints the wallet and role cards from a backup file, and refuses an unknown card', async () => {
    await putSnapshot(responseSnapshot(responseEn));
    const backup = join(dir, 'backup.json');
    writeFileSync(backup, JSON.stringify(await exportBackup()));
    const wallet = join(dir, 'cli-wallet.pdf');
    expect(await main([backup, wallet, '--card', 'wallet'])).toBe(0);
    expect(readFileSync(wallet).subarray(0, 5).toString()).toBe('%PDF-');
    expect(lines(cellText(wallet, 1, cardCells('front')[0]!))[0]).toBe(
      'IN AN INCIDENT · Seoul head office continuity plan',
    );
    const roles = join(dir, 'cli-roles.pdf');
    expect(await main([backup, roles, '--card', 'role', '--lang', 'ko'])).toBe(0);
    expect(flat(pageText(roles, 1))).toContain('역할 카드 사고 책임자');
    expect(await main([backup, roles, '--card', 'badge'])).toBe(2);
    expect(await main([backup, roles, '--card', 'constructor'])).toBe(2);
  }, 120_000);
});
