// Versions and sign-off through the feature's data module on a real (fake-indexeddb) database:
// publish validation, one record per version, the approval steps, the lock on an approved version,
// restore as a new workbook, and versions in a backup (workbookId remapped, the snapshot as it was).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { applyImport, exportBackup, parseBackup, serializeBackup } from '../../src/db/backup';
import { changeRecord } from '../../src/db/guarded-write';
import { createRecord, getRecord, listByWorkbook, patchRecord, softDeleteRecord } from '../../src/db/records';
import { createWorkbook, loadSnapshot } from '../../src/db/workbooks';
import { planState } from '../../src/domain/document-control';
import type { PlanVersion } from '../../src/domain/plan-version';
import { parseVersion } from '../../src/domain/version-snapshot';
import {
  addApprover,
  moveVersion,
  publishVersion,
  recordSignOff,
  restoreAsWorkbook,
} from '../../src/features/versions/data';

async function planWithProcess() {
  const w = await createWorkbook({ title: '급여 계획' });
  const p = await createRecord('biaProcesses', { workbookId: w.id, name: 'Payroll', rtoHours: 8 });
  await createRecord('scenarios', { workbookId: w.id, title: 'Snowstorm', areas: ['location'] });
  return { w, p };
}

async function published(workbookId: string, number: string) {
  const outcome = await publishVersion(workbookId, { number, summary: `v${number}`, date: '2026-05-01' });
  if (!outcome.ok) throw new Error(JSON.stringify(outcome));
  return outcome.value;
}

async function approved(version: PlanVersion) {
  await moveVersion(version, 'in_review');
  const inReview = (await getRecord('planVersions', version.id))!;
  await recordSignOff(inReview, { name: '박서준', role: 'CIO', date: '2026-05-02' });
  const signed = (await getRecord('planVersions', version.id))!;
  const outcome = await moveVersion(signed, 'approved');
  expect(outcome.ok).toBe(true);
  return (await getRecord('planVersions', version.id))!;
}

describe('publish', () => {
  it('stores one record per version holding the whole workbook as one string', async () => {
    const { w } = await planWithProcess();
    const v = await published(w.id, '1.0');
    const rows = await listByWorkbook('planVersions', w.id);
    expect(rows).toHaveLength(1);
    expect(typeof rows[0]!.snapshot).toBe('string');
    const content = parseVersion(v.snapshot)!;
    expect(content.biaProcesses.map((p) => p.rtoHours)).toEqual([8]);
    expect(content.scenarios.map((s) => s.title)).toEqual(['Snowstorm']);
    expect(content.planVersions).toEqual([]);
  });
  it('refuses a number not higher than the last, writing nothing', async () => {
    const { w } = await planWithProcess();
    await published(w.id, '1.2');
    expect(await publishVersion(w.id, { number: '1.1', summary: 'x', date: '2026-05-01' })).toEqual({
      ok: false,
      problems: { number: 'versions.errors.notHigher', summary: undefined },
    });
    expect(await listByWorkbook('planVersions', w.id)).toHaveLength(1);
  });
});

describe('approval and lock', () => {
  it('approves only with a sign-off, and an approved version cannot change by any write', async () => {
    const { w } = await planWithProcess();
    const v = await published(w.id, '1.0');
    await moveVersion(v, 'in_review');
    const unsigned = (await getRecord('planVersions', v.id))!;
    expect((await moveVersion(unsigned, 'approved')).ok).toBe(false);
    const locked = await approved(v);
    expect(locked.status).toBe('approved');
    expect(locked.signOffs).toEqual([{ name: '박서준', role: 'CIO', date: '2026-05-02' }]);
    await expect(patchRecord('planVersions', v.id, { summary: 'rewritten' })).rejects.toThrow(/locked/);
    await expect(softDeleteRecord('planVersions', v.id)).rejects.toThrow(/locked/);
    expect((await changeRecord('planVersions', v.id, { status: 'draft' })).ok).toBe(false);
    expect((await recordSignOff(locked, { name: 'X', role: '', date: '2026-05-03' })).ok).toBe(false);
    expect(await getRecord('planVersions', v.id)).toEqual(locked);
  });
  it('editing after approval makes the workbook a draft since the approved version', async () => {
    const { w, p } = await planWithProcess();
    const v = await approved(await published(w.id, '1.2'));
    await addApprover(w.id, { name: '이지은', role: 'CEO' }); // document control, not content
    expect(planState((await loadSnapshot(w.id))!)).toEqual({ kind: 'version', version: v });
    await patchRecord('biaProcesses', p.id, { rtoHours: 4 });
    expect(planState((await loadSnapshot(w.id))!)).toEqual({ kind: 'draftSince', latest: v, approved: v });
  });
});

describe('restore and backup', () => {
  it('restores a version as a new workbook with fresh ids, the original untouched', async () => {
    const { w, p } = await planWithProcess();
    const v = await published(w.id, '1.0');
    await patchRecord('biaProcesses', p.id, { rtoHours: 2 });
    const outcome = await restoreAsWorkbook(v, '급여 계획 (버전 1.0)');
    if (!outcome.ok) throw new Error('restore failed');
    const copy = (await loadSnapshot(outcome.value.id))!;
    expect(copy.workbook.title).toBe('급여 계획 (버전 1.0)');
    expect(copy.biaProcesses.map((x) => [x.name, x.rtoHours])).toEqual([['Payroll', 8]]);
    expect(copy.biaProcesses[0]!.id).not.toBe(p.id);
    expect(copy.planVersions).toEqual([]);
    expect((await loadSnapshot(w.id))!.biaProcesses[0]!.rtoHours).toBe(2);
  });
  it('a backup carries versions; imported as a copy the workbookId is remapped, the snapshot kept', async () => {
    const { w } = await planWithProcess();
    const v = await approved(await published(w.id, '1.0'));
    const text = serializeBackup(await exportBackup([w.id]));
    const parsed = parseBackup(text);
    if (!parsed.ok) throw new Error('parse failed');
    expect(parsed.envelope.data.planVersions).toEqual([v]);
    const [copyId] = await applyImport(parsed.envelope, { [w.id]: 'copy' }, ' (copy)');
    expect(copyId).toBeDefined();
    const copy = (await loadSnapshot(copyId!))!;
    expect(copy.planVersions).toHaveLength(1);
    expect(copy.planVersions[0]!.workbookId).toBe(copyId);
    expect(copy.planVersions[0]!.snapshot).toBe(v.snapshot);
    expect(copy.planVersions[0]!.status).toBe('approved');
  });
});

describe('backup format 4', () => {
  const fixture = (name: string) => readFileSync(join(__dirname, '..', 'fixtures', name), 'utf8');
  // The 3 → 4 step itself (every version 4 table, this area's three among them) is checked once,
  // in exercises-backup.test.ts.
  it('the v4 fixture imports with its version, whose snapshot reads back', async () => {
    const parsed = parseBackup(fixture('backup-v4.json'));
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.problem));
    const id = parsed.envelope.data.workbooks[0]!.id;
    await applyImport(parsed.envelope, { [id]: 'replace' });
    const snap = (await loadSnapshot(id))!;
    expect(snap.planVersions.map((v) => [v.major, v.minor, v.status])).toEqual([[2, 0, 'in_review']]);
    expect(parseVersion(snap.planVersions[0]!.snapshot)!.workbook.id).toBe(id);
    expect(snap.distributionList.map((d) => d.name)).toEqual(['김민지']);
    expect(snap.reviewTriggers.map((t) => t.note)).toEqual(['모의 훈련 후']);
  });
});
