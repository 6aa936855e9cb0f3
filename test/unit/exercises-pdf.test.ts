// The exercise section of the plan PDF, read back through poppler's pdftotext: the schedule with
// the next exercise due, the last results (objectives met, recovery time against each RTO) and the
// open findings with owners, in English and Korean; and an empty log saying so in every part.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { renderPlanInNode } from '../../src/cli/plan-render';
import { buildRecord } from '../../src/db/records';
import type { WorkbookSnapshot } from '../../src/domain/tables';
import { loadCatalogues, translate } from '../../src/i18n';
import { emptySnapshot } from './helpers/plan-snapshot';

const dir = mkdtempSync(join(tmpdir(), 'exercises-pdf-'));
let n = 0;

/** The section's page(s) as text, lines trimmed, blank lines and the page chrome left out. */
async function sectionText(snapshot: WorkbookSnapshot, lang: 'en' | 'ko') {
  const pdf = await renderPlanInNode(snapshot, {
    lang,
    summary: false,
    sections: ['exercises'],
    today: '2026-12-01',
  });
  const file = join(dir, `plan-${++n}.pdf`);
  writeFileSync(file, pdf);
  const text = execFileSync('pdftotext', ['-f', '3', '-enc', 'UTF-8', file, '-'], { encoding: 'utf8' });
  const chrome = /^(Page \d+ of \d+|\d+ \/ \d+ 쪽|Confidential.*|대외비.*|DRAFT|초안)$/;
  return text
    .split('\n')
    .map((l) => l.trim())
    .filter(
      (l) =>
        l !== '' &&
        !l.includes(snapshot.workbook.title) &&
        l !== translate(lang, 'planExport.doc.title') &&
        !chrome.test(l),
    );
}

function filled(): WorkbookSnapshot {
  const s = emptySnapshot('Exercise plan');
  const W = s.workbook.id;
  const payroll = buildRecord('biaProcesses', { workbookId: W, name: '급여 지급', rtoHours: 24 });
  const invoicing = buildRecord('biaProcesses', { workbookId: W, name: 'Invoicing', rtoHours: 8 });
  const held = buildRecord('exercises', {
    workbookId: W,
    title: 'Power cut tabletop',
    type: 'tabletop',
    date: '2026-11-20',
    status: 'held',
  });
  const next = buildRecord('exercises', {
    workbookId: W,
    title: 'Failover',
    type: 'simulation',
    date: '2027-03-15',
  });
  const later = buildRecord('exercises', {
    workbookId: W,
    title: '전면 훈련',
    type: 'full',
    date: '2027-09-01',
  });
  const missed = buildRecord('exercises', {
    workbookId: W,
    title: 'Walkthrough',
    type: 'walkthrough',
    date: '2026-10-01',
  });
  const action = buildRecord('mitigationActions', {
    workbookId: W,
    scenarioId: 's',
    action: 'Update the call tree',
    owner: 'Lee',
  });
  s.biaProcesses = [payroll, invoicing];
  s.exercises = [held, next, later, missed];
  s.exerciseObjectives = [
    buildRecord('exerciseObjectives', {
      workbookId: W,
      exerciseId: held.id,
      text: 'Declare within 30 minutes',
      met: true,
      order: 1,
    }),
    buildRecord('exerciseObjectives', {
      workbookId: W,
      exerciseId: held.id,
      text: '모든 팀장에게 문자로 연락',
      met: false,
      order: 2,
    }),
  ];
  s.exerciseRecoveries = [
    buildRecord('exerciseRecoveries', {
      workbookId: W,
      exerciseId: held.id,
      processId: payroll.id,
      achievedHours: 30,
    }),
    buildRecord('exerciseRecoveries', {
      workbookId: W,
      exerciseId: held.id,
      processId: invoicing.id,
      achievedHours: 6.5,
    }),
  ];
  s.exerciseFindings = [
    buildRecord('exerciseFindings', {
      workbookId: W,
      exerciseId: held.id,
      text: 'Call tree was stale',
      actionId: action.id,
      order: 1,
    }),
    buildRecord('exerciseFindings', {
      workbookId: W,
      exerciseId: held.id,
      text: '브리지 번호가 카드에 없음',
      owner: '박지우',
      order: 2,
    }),
    buildRecord('exerciseFindings', {
      workbookId: W,
      exerciseId: held.id,
      text: 'Nobody owns this',
      order: 3,
    }),
  ];
  s.mitigationActions = [action];
  return s;
}

beforeAll(async () => {
  await loadCatalogues();
});

describe('exercise section of the plan PDF', () => {
  it('prints the schedule, the last results and the open findings, in English', async () => {
    expect(await sectionText(filled(), 'en')).toEqual([
      'Exercises',
      'Schedule',
      'Next exercise due',
      '15 Mar 2027 · Simulation · Failover',
      '• 1 Sept 2027 · Full exercise · 전면 훈련',
      'Planned but not held (date passed)',
      '• 1 Oct 2026 · Walkthrough · Walkthrough',
      'Last results',
      '20 Nov 2026 · Tabletop · Power cut tabletop',
      'Objectives',
      'Objectives met',
      '1 of 2',
      '• Declare within 30 minutes: Met',
      '• 모든 팀장에게 문자로 연락: Not met',
      'Recovery time against target',
      '• Invoicing: 6.5 h against a target of 8 h (Within target)',
      '• 급여 지급: 30 h against a target of 24 h (Beyond target)',
      'Open findings',
      '• Call tree was stale · Lee · action open · Power cut tabletop',
      '• 브리지 번호가 카드에 없음 · 박지우 · no action yet · Power cut tabletop',
      '• Nobody owns this · no owner · no action yet · Power cut tabletop',
    ]);
  }, 120_000);

  it('prints the same in Korean', async () => {
    const lines = await sectionText(filled(), 'ko');
    expect(lines.slice(0, 3)).toEqual(['훈련', '일정', '다음 훈련 예정일']);
    expect(lines).toContain('• 급여 지급: 목표 24시간 대비 30시간 (목표 초과)');
    expect(lines).toContain('• 브리지 번호가 카드에 없음 · 박지우 · 아직 조치 없음 · Power cut tabletop');
    expect(lines).toContain('2개 중 1개');
  }, 120_000);

  it('says every part is empty for a workbook with no exercises', async () => {
    expect(await sectionText(emptySnapshot('Exercise plan'), 'en')).toEqual([
      'Exercises',
      'Schedule',
      'No exercise is planned.',
      'Last results',
      'No exercise has been held yet.',
      'Open findings',
      'No findings are open.',
    ]);
  }, 120_000);
});
