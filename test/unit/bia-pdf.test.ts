// The plan PDF's business impact analysis section, rendered in Node and read back with pdftotext:
// processes by tier with MTPD / RTO / RPO and whether they can be met, the impact charts' labels,
// the money estimate in the process's currency, gaps, single points of failure, key people, and
// per scenario what the engine finds. English and Korean, exact strings.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { renderPlanInNode } from '../../src/cli/plan-render';
import { buildRecord } from '../../src/db/records';
import type { WorkbookSnapshot } from '../../src/domain/tables';
import type { PlanOptions } from '../../src/features/plan-export/document/options';
import { loadCatalogues } from '../../src/i18n';
import { emptySnapshot } from './helpers/plan-snapshot';

const dir = mkdtempSync(join(tmpdir(), 'bia-pdf-'));
let n = 0;

async function render(snapshot: WorkbookSnapshot, options: Partial<PlanOptions> = {}) {
  const pdf = await renderPlanInNode(snapshot, {
    lang: 'en',
    summary: false,
    sections: ['bia'],
    today: '2026-03-01',
    ...options,
  });
  const file = join(dir, `bia-${++n}.pdf`);
  writeFileSync(file, pdf);
  const text = execFileSync('pdftotext', ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8' });
  // Table cells are narrow: pdftotext may drop the space inside "4 h", so rows are compared solid.
  return { file, flat: text.replace(/\s+/g, ' '), solid: text.replace(/\s+/g, '') };
}

/** Payroll (tier 1) needs the ERP (48 h, no alternative) and the office; Billing (tier 2) too. */
function biaSnapshot(korean = false): WorkbookSnapshot {
  const snapshot = emptySnapshot(korean ? '업무 영향 분석 계획' : 'BIA plan');
  const workbookId = snapshot.workbook.id;
  const w = { workbookId };
  const payroll = buildRecord('biaProcesses', {
    ...w,
    name: korean ? '급여 지급' : 'Payroll',
    tier: 1,
    rtoHours: 4,
    rpoHours: 1,
    mtpdHours: 24,
    impact: { financial: ['minor', 'major', 'severe', 'severe', 'severe', 'severe', 'severe'] },
    money: [1000000, null, 25000000, null, null, null, null],
    currency: 'KRW',
  } as never);
  const billing = buildRecord('biaProcesses', {
    ...w,
    name: korean ? '청구' : 'Billing',
    tier: 2,
    rtoHours: 72,
    impact: { customer: ['none', 'none', 'moderate', 'major', 'major', 'severe', 'severe'] },
    order: 1,
  } as never);
  const archive = buildRecord('biaProcesses', {
    ...w,
    name: korean ? '문서 보관' : 'Archiving',
    tier: 4,
    order: 2,
  });
  const erp = buildRecord('biaResources', {
    ...w,
    name: 'ERP',
    kind: 'systems',
    area: 'systems',
    recoveryHours: 48,
  });
  const office = buildRecord('biaResources', {
    ...w,
    name: korean ? '본사' : 'Head office',
    kind: 'location',
    area: 'location',
    recoveryHours: 2,
    order: 1,
  });
  const clerk = buildRecord('biaResources', {
    ...w,
    name: korean ? '급여 담당자' : 'Payroll clerk',
    kind: 'people',
    area: 'people',
    recoveryHours: 1,
    order: 2,
  });
  const dep = (processId: string, resourceId: string, order: number) =>
    buildRecord('biaDependencies', { ...w, processId, resourceId, order });
  const storm = buildRecord('scenarios', { ...w, title: korean ? '폭설' : 'Snowstorm', areas: ['location'] });
  return {
    ...snapshot,
    scenarios: [storm],
    biaProcesses: [archive, billing, payroll],
    biaResources: [erp, office, clerk],
    biaDependencies: [
      dep(payroll.id, erp.id, 0),
      dep(payroll.id, office.id, 1),
      dep(payroll.id, clerk.id, 2),
      dep(billing.id, erp.id, 3),
    ],
    biaScenarioImpacts: [
      buildRecord('biaScenarioImpacts', {
        ...w,
        scenarioId: storm.id,
        resourceId: office.id,
        outageHours: 48,
      }),
    ],
  };
}

const gone = (s: string) => s.replace(/\s+/g, '');

beforeAll(async () => {
  await loadCatalogues();
});

describe('plan PDF: business impact analysis', () => {
  it('prints processes by tier, charts, money, gaps, single points and the scenario finding in English', async () => {
    const { flat, solid } = await render(biaSnapshot());
    expect(flat).toContain('Business impact analysis');
    expect(flat).toContain('Processes by criticality tier');
    expect(flat).toContain('Process Tier MTPD RTO RPO Can be met');
    // Tier 1 first, whatever the stored order; Billing's MTPD comes from its grid (major at 3 days).
    expect(solid).toContain(gone('Payroll 1 24 h 4 h 1 h No: back after 48 h'));
    expect(solid).toContain(gone('Billing 2 72 h (suggested) 72 h — Yes'));
    expect(solid).toContain(gone('Archiving 4 — — — No RTO set'));
    expect(flat.indexOf('Payroll 1')).toBeLessThan(flat.indexOf('Billing 2'));
    expect(flat.indexOf('Billing 2')).toBeLessThan(flat.indexOf('Archiving 4'));
    expect(flat).toContain('Impact over time: Payroll');
    expect(flat).toContain('Financial');
    expect(flat).toContain('Staff welfare');
    expect(flat).toContain('No impact is recorded in the grid for Archiving.');
    expect(flat).toContain('Estimated loss: 1 hour ₩1,000,000 · 1 day ₩25,000,000.');
    expect(flat).toContain('Dependency gaps');
    expect(flat).toContain('• Payroll cannot be back within its RTO of 4 hours: ERP takes 48 hours.');
    expect(flat).toContain('Single points of failure');
    expect(flat).toContain(
      '• ERP is a single point of failure: 2 critical processes need it and it has no alternative.',
    );
    expect(flat).toContain(
      'Key people with no trained backup • Payroll clerk: a key person with no trained backup.',
    );
    expect(flat).toContain('What each scenario does to the processes Snowstorm');
    expect(flat).toContain(
      'Breaks 1 tier-1 processes within 4 hours; 1 processes breach their RTO and 1 their MTPD.',
    );
    expect(flat).toContain('• Payroll: breaches its RTO at 4 h and its MTPD at 24 h; back after 48 h.');
  }, 120_000);

  it('prints the same in Korean', async () => {
    const { flat, solid } = await render(biaSnapshot(true), { lang: 'ko' });
    expect(flat).toContain('업무 영향 분석');
    expect(flat).toContain('중요도 등급별 프로세스');
    expect(solid).toContain(gone('프로세스 등급 MTPD(최대 중단) RTO(복구 목표) RPO(복구 시점) 충족 가능'));
    expect(solid).toContain(gone('급여 지급 1 24시간 4시간 1시간 아니요: 48시간 후 복구'));
    expect(solid).toContain(gone('청구 2 72시간(제안값) 72시간 — 예'));
    expect(solid).toContain(gone('문서 보관 4 — — — RTO 미설정'));
    expect(flat).toContain('시간 경과에 따른 영향: 급여 지급');
    expect(flat).toContain('예상 손실액: 1시간 ₩1,000,000 · 1일 ₩25,000,000.');
    expect(flat).toContain('의존성 빈틈');
    expect(flat).toContain('단일 장애 지점');
    expect(flat).toContain('시나리오별로 멈추는 프로세스 폭설');
    expect(flat).toContain(
      '4시간 안에 1등급 프로세스 1개를 멈추게 합니다. 프로세스 1개가 RTO를, 1개가 MTPD를 넘깁니다.',
    );
    expect(flat).toContain('• 급여 지급: 4시간에 RTO를, 24시간에 MTPD를 넘기고 48시간 후 복구됩니다.');
  }, 120_000);

  it('says plainly when nothing is recorded', async () => {
    const { flat } = await render(emptySnapshot());
    expect(flat).toContain(
      'Business impact analysis Nothing is recorded here yet. What each scenario does to the processes No scenario takes out a resource of the impact analysis yet.',
    );
  }, 120_000);
});
