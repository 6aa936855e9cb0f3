// Versions and sign-off (issue 15), the pure parts: publish validation, the comparison in English
// and Korean (exact words), the stored snapshot and the draft/approved state of a workbook.
import { describe, expect, it } from 'vitest';
import { buildRecord } from '../../src/db/records';
import { documentControl, planState } from '../../src/domain/document-control';
import { canMoveTo, checkPublish, suggestNextNumber } from '../../src/domain/plan-version';
import { reviewStatus } from '../../src/domain/review-cadence';
import { childTableNames, type WorkbookSnapshot } from '../../src/domain/tables';
import { compareVersions, describeRecord } from '../../src/domain/version-compare';
import { parseVersion, serialiseVersion, versionTables } from '../../src/domain/version-snapshot';

function base(): WorkbookSnapshot {
  const workbook = buildRecord('workbooks', { title: 'Plan', organisation: '한빛 물류' });
  const snap = { workbook } as WorkbookSnapshot;
  for (const t of childTableNames) (snap as Record<string, unknown>)[t] = [];
  const workbookId = workbook.id;
  snap.biaProcesses = [buildRecord('biaProcesses', { workbookId, name: 'Payroll', rtoHours: 8 })];
  snap.scenarios = [buildRecord('scenarios', { workbookId, title: 'Flood', areas: ['location'] })];
  return snap;
}
const clone = (s: WorkbookSnapshot) => JSON.parse(JSON.stringify(s)) as WorkbookSnapshot;

describe('publish validation', () => {
  it('takes major.minor higher than the last version and a summary', () => {
    expect(checkPublish({ number: '1.0', summary: 'First' }, [])).toEqual({ ok: true, major: 1, minor: 0 });
    expect(checkPublish({ number: ' 1.10 ', summary: 'x' }, [{ major: 1, minor: 9 }])).toEqual({
      ok: true,
      major: 1,
      minor: 10,
    });
  });
  it('refuses a number that is not higher, a malformed number and an empty summary, per field', () => {
    expect(checkPublish({ number: '1.2', summary: 'x' }, [{ major: 1, minor: 2 }])).toEqual({
      ok: false,
      number: 'versions.errors.notHigher',
    });
    expect(checkPublish({ number: '0.9', summary: 'x' }, [{ major: 1, minor: 0 }])).toEqual({
      ok: false,
      number: 'versions.errors.notHigher',
    });
    expect(checkPublish({ number: '1', summary: ' ' }, [])).toEqual({
      ok: false,
      number: 'versions.errors.number',
      summary: 'versions.errors.summary',
    });
    expect(checkPublish({ number: 'v1.2', summary: 'x' }, [])).toEqual({
      ok: false,
      number: 'versions.errors.number',
    });
  });
  it('suggests the next minor number', () => {
    expect(suggestNextNumber([])).toBe('1.0');
    expect(
      suggestNextNumber([
        { major: 1, minor: 2 },
        { major: 1, minor: 0 },
      ]),
    ).toBe('1.3');
  });
  it('moves draft → in review → approved, approval only with a sign-off, never out of approved', () => {
    expect(canMoveTo('draft', 'in_review', 0)).toBe(true);
    expect(canMoveTo('draft', 'approved', 1)).toBe(false);
    expect(canMoveTo('in_review', 'approved', 0)).toBe(false);
    expect(canMoveTo('in_review', 'approved', 1)).toBe(true);
    expect(canMoveTo('approved', 'draft', 1)).toBe(false);
    expect(canMoveTo('approved', 'in_review', 1)).toBe(false);
  });
});

describe('compareVersions', () => {
  const before = base();
  const after = clone(before);
  after.biaProcesses[0]!.rtoHours = 4;
  after.scenarios = [];
  after.scenarios.push(
    buildRecord('scenarios', { workbookId: before.workbook.id, title: 'Snowstorm', areas: ['people'] }),
  );
  after.workbook.title = 'Plan 2';

  it('says what changed in English', () => {
    expect(compareVersions(before, after, 'en')).toEqual([
      {
        table: 'workbooks',
        title: 'Plan details',
        lines: [{ kind: 'changed', text: 'Title: “Plan” → “Plan 2”' }],
      },
      {
        table: 'scenarios',
        title: 'Scenarios',
        lines: [
          { kind: 'removed', text: 'Scenario “Flood” removed' },
          { kind: 'added', text: 'Scenario “Snowstorm” added' },
        ],
      },
      {
        table: 'biaProcesses',
        title: 'Business processes',
        lines: [{ kind: 'changed', text: 'RTO of Payroll: 8 h → 4 h' }],
      },
    ]);
  });
  it('says the same in Korean', () => {
    expect(
      compareVersions(before, after, 'ko').flatMap((s) => [s.title, ...s.lines.map((l) => l.text)]),
    ).toEqual([
      '계획 정보',
      '제목: “Plan” → “Plan 2”',
      '시나리오',
      '시나리오 “Flood” 삭제됨',
      '시나리오 “Snowstorm” 추가됨',
      '업무 프로세스',
      'Payroll의 RTO: 8시간 → 4시간',
    ]);
  });
  it('names referenced records and says "none" for an empty value', () => {
    const a = base();
    const contact = buildRecord('contacts', { workbookId: a.workbook.id, name: '김민지' });
    a.contacts = [contact];
    const b = clone(a);
    b.biaProcesses[0]!.ownerContactId = contact.id;
    b.biaProcesses[0]!.rtoHours = null;
    expect(compareVersions(a, b, 'en')[0]!.lines.map((l) => l.text)).toEqual([
      'Owner of Payroll: none → “김민지”',
      'RTO of Payroll: 8 h → none',
    ]);
    expect(compareVersions(a, b, 'ko')[0]!.lines.map((l) => l.text)).toEqual([
      'Payroll의 담당자: 없음 → “김민지”',
      'Payroll의 RTO: 8시간 → 없음',
    ]);
  });
  it('finds nothing between equal versions, ignoring save counters', () => {
    const a = base();
    const b = clone(a);
    b.workbook.rev = 40;
    b.scenarios[0]!.updatedAt = '2030-01-01T00:00:00.000Z';
    expect(compareVersions(a, b, 'en')).toEqual([]);
  });
  it('describes one record field by field for the read-only view', () => {
    const a = base();
    expect(describeRecord('biaProcesses', a.biaProcesses[0]!, 'en', a).fields).toContainEqual(['RTO', '8 h']);
  });
  it("leaves the workbook's old typed-in status out of the read-only view (the plan's state comes from versions)", () => {
    const a = base();
    a.workbook.status = 'approved';
    const labels = describeRecord('workbooks', a.workbook, 'en', a).fields.map(([label]) => label);
    expect(labels).toContain('Title');
    expect(labels).not.toContain('Status');
  });
});

describe('version snapshot', () => {
  it('holds every child table but the versions, as one string that reads back the same', () => {
    expect(versionTables).not.toContain('planVersions');
    expect(versionTables.length).toBe(childTableNames.length - 1);
    const a = base();
    const back = parseVersion(serialiseVersion(a))!;
    expect(back.biaProcesses).toEqual(a.biaProcesses);
    expect(back.workbook).toEqual(a.workbook);
    expect(back.planVersions).toEqual([]);
  });
  it('reads a damaged string as nothing and leaves out records that fail their schema', () => {
    expect(parseVersion('{')).toBeNull();
    expect(parseVersion('[]')).toBeNull();
    const a = base();
    const raw = JSON.parse(serialiseVersion(a)) as Record<string, unknown[]>;
    raw.scenarios!.push({ title: 'broken' });
    expect(parseVersion(JSON.stringify(raw))!.scenarios).toHaveLength(1);
  });
});

describe('plan state', () => {
  const publish = (snap: WorkbookSnapshot, minor: number, status: 'draft' | 'approved') =>
    buildRecord('planVersions', {
      workbookId: snap.workbook.id,
      major: 1,
      minor,
      publishedDate: `2026-0${minor + 1}-01`,
      status,
      snapshot: serialiseVersion(snap),
    });
  it('is the approved version while nothing changed, a draft since it after an edit', () => {
    const snap = base();
    expect(planState(snap)).toEqual({ kind: 'unpublished' });
    const v = publish(snap, 2, 'approved');
    snap.planVersions = [v];
    snap.workbook.rev += 3; // the publish and the sign-offs moved the counter: still unedited
    snap.approvers = [buildRecord('approvers', { workbookId: snap.workbook.id, name: '박' })];
    expect(planState(snap)).toEqual({ kind: 'version', version: v });
    expect(documentControl(snap, 'en').draft).toBe(false);
    snap.biaProcesses[0]!.rtoHours = 2;
    expect(planState(snap)).toEqual({ kind: 'draftSince', latest: v, approved: v });
    const control = documentControl(snap, 'en');
    expect(control.draft).toBe(true);
    expect(control.changes.from).toBe('1.2');
    expect(control.changes.sections.map((c) => c.lines.map((l) => l.text))).toEqual([
      ['Approver “박” added'],
      ['RTO of Payroll: 8 h → 2 h'],
    ]);
  });
  it('marks a published version that is not approved as a draft', () => {
    const snap = base();
    snap.planVersions = [publish(snap, 0, 'draft')];
    expect(documentControl(snap, 'en').draft).toBe(true);
    expect(documentControl(snap, 'en').date).toBe('2026-01-01');
  });
});

describe('review cadence', () => {
  const wb = { lastReviewDate: '2026-01-10', reviewCycleMonths: 12 };
  it('says the next review, overdue and due soon', () => {
    expect(reviewStatus(wb, [], [], '2026-06-01', [])).toEqual({
      nextReview: '2027-01-10',
      overdue: false,
      dueSoon: false,
      triggers: [],
    });
    expect(reviewStatus(wb, [], [], '2026-12-20', []).dueSoon).toBe(true);
    expect(reviewStatus(wb, [], [], '2027-01-11', []).overdue).toBe(true);
  });
  it('lists the triggers since the last review: raised ones, recorded incidents and held exercises', () => {
    const s = reviewStatus(
      wb,
      [
        { kind: 'organisation', date: '2026-03-01', note: '조직 개편' },
        { kind: 'exercise', date: '2026-01-05', note: 'old' },
        { kind: 'exercise', date: '2026-04-01', note: 'gone', deletedAt: '2026-04-02T00:00:00.000Z' },
      ],
      [{ title: 'Mail outage', startAt: '2026-02-01T09:00' }],
      '2026-06-01',
      [
        { title: '눈보라 도상 훈련', date: '2026-04-15', status: 'held' },
        { title: 'Planned drill', date: '2026-05-01', status: 'planned' },
        { title: 'Before the review', date: '2026-01-09', status: 'held' },
        { title: 'Deleted', date: '2026-04-20', status: 'held', deletedAt: '2026-04-21T00:00:00.000Z' },
      ],
    );
    expect(s.triggers).toEqual([
      { kind: 'incident', date: '2026-02-01', note: 'Mail outage' },
      { kind: 'organisation', date: '2026-03-01', note: '조직 개편' },
      { kind: 'exercise', date: '2026-04-15', note: '눈보라 도상 훈련' },
    ]);
  });
});
