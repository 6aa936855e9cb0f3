// Document control in the plan PDF (issues 13 and 15), read back with pdftotext: the published
// version and its date on the cover (not the edit counter, not the print date), the overdue review
// flagged, DRAFT only on drafts, the version history, the change log in both languages and the
// distribution list; and the PDF of an older version renders from that version's snapshot.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { renderPlanInNode } from '../../src/cli/plan-render';
import { buildRecord } from '../../src/db/records';
import { snapshotOfVersion } from '../../src/domain/document-control';
import type { WorkbookSnapshot } from '../../src/domain/tables';
import { serialiseVersion } from '../../src/domain/version-snapshot';
import { loadCatalogues } from '../../src/i18n';
import { emptySnapshot } from './helpers/plan-snapshot';

const dir = mkdtempSync(join(tmpdir(), 'versions-pdf-'));
let n = 0;
async function pdfText(snapshot: WorkbookSnapshot, lang: 'en' | 'ko' = 'en') {
  const pdf = await renderPlanInNode(snapshot, {
    lang,
    summary: false,
    sections: ['documentControl'],
    today: '2026-06-01',
  });
  const file = join(dir, `v${++n}.pdf`);
  writeFileSync(file, pdf);
  return execFileSync('pdftotext', ['-raw', '-enc', 'UTF-8', file, '-'], { encoding: 'utf8' })
    .replace(/\s+/g, ' ')
    .trim();
}

/** A plan with two published versions: 1.1 (approved) then 1.2 (approved, RTO 8 h → 4 h). */
function history() {
  const s = emptySnapshot('Payroll plan');
  const workbookId = s.workbook.id;
  s.workbook = { ...s.workbook, lastReviewDate: '2025-01-15', reviewCycleMonths: 12, rev: 92 };
  s.biaProcesses = [buildRecord('biaProcesses', { workbookId, name: 'Payroll', rtoHours: 8 })];
  s.distributionList = [
    buildRecord('distributionList', { workbookId, name: '김민지', role: 'IT 운영', copyNumber: 2 }),
    buildRecord('distributionList', { workbookId, name: 'Audit', role: 'Internal audit', copyNumber: 1 }),
  ];
  const v11 = buildRecord('planVersions', {
    workbookId,
    major: 1,
    minor: 1,
    summary: 'First approved plan',
    publishedDate: '2026-03-02',
    status: 'approved',
    signOffs: [{ name: 'Park', role: 'CIO', date: '2026-03-03' }],
    snapshot: serialiseVersion(s),
  });
  s.biaProcesses = [{ ...s.biaProcesses[0]!, rtoHours: 4 }];
  const v12 = buildRecord('planVersions', {
    workbookId,
    major: 1,
    minor: 2,
    summary: 'Shorter payroll RTO',
    publishedDate: '2026-05-04',
    status: 'approved',
    signOffs: [{ name: 'Park', role: 'CIO', date: '2026-05-05' }],
    snapshot: serialiseVersion(s),
  });
  s.planVersions = [v11, v12];
  return { s, v11, v12 };
}

beforeAll(async () => {
  await loadCatalogues();
});

describe('document control in the plan PDF', () => {
  it('an approved, unedited plan: its version and date, no DRAFT, the change log, the distribution list', async () => {
    const { s } = history();
    const text = await pdfText(s);
    expect(text).not.toContain('DRAFT');
    expect(text).not.toContain('92');
    expect(text).toContain('Status Approved Version 1.2 Version date 4 May 2026');
    // The review was due on 15 Jan 2026: flagged on the cover and in the section.
    expect(text).toContain('Next review 15 Jan 2026 (overdue)');
    expect(text).toContain(
      'Document control Version 1.2 Status Approved Version date 4 May 2026 Next review 15 Jan 2026 (overdue) Review cycle every 12 months',
    );
    expect(text).toContain('1.2 4 May 2026 Approved Shorter payroll RTO Park (5 May 2026)');
    expect(text).toContain('1.1 2 Mar 2026 Approved First approved plan Park (3 Mar 2026)');
    expect(text).toContain(
      'Changes from version 1.1 to this version Business processes • RTO of Payroll: 8 h → 4 h',
    );
    expect(text).toContain(
      'Distribution list Copy Name Role or organisation 1 Audit Internal audit 2 김민지 IT 운영',
    );
  }, 120_000);

  it('an edit after approval: DRAFT, "draft since approved version 1.2", the changes since, the last change date', async () => {
    const { s } = history();
    s.biaProcesses = [{ ...s.biaProcesses[0]!, rtoHours: 2 }];
    s.workbook = { ...s.workbook, updatedAt: '2026-05-20T08:00:00.000Z' };
    const text = await pdfText(s);
    expect(text).toContain('DRAFT');
    expect(text).toContain('Status Draft Version Draft since approved version 1.2 Last changed 20 May 2026');
    expect(text).toContain(
      'Changes since version 1.2 (not yet published) Business processes • RTO of Payroll: 4 h → 2 h',
    );
  }, 120_000);

  it('in Korean', async () => {
    const { s } = history();
    const text = await pdfText(s, 'ko');
    expect(text).toContain('버전 1.2');
    expect(text).toContain(
      '버전 1.1에서 이 버전까지의 변경 사항 업무 프로세스 • Payroll의 RTO: 8시간 → 4시간',
    );
    expect(text).toContain('다음 검토일 2026. 1. 15. (기한 지남)');
  }, 120_000);

  it('the PDF of an older version renders that version: its number, date and content', async () => {
    const { s, v11 } = history();
    const text = await pdfText(snapshotOfVersion(s, v11.id)!);
    expect(text).not.toContain('DRAFT');
    expect(text).toContain('Status Approved Version 1.1 Version date 2 Mar 2026');
    expect(text).not.toContain('1.2');
    expect(text).toContain('Change log This is the first published version.');
  }, 120_000);
});
