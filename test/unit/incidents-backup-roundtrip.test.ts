// Everything of the responsibility, communications and incident steps survives backup export and
// import, both in place and as a copy (where the links between records follow the new ids).
import { describe, expect, it } from 'vitest';
import { applyImport, exportBackup, parseBackup, serializeBackup } from '../../src/db/backup';
import { getDb } from '../../src/db/db';
import { turnLessonIntoAction } from '../../src/db/lessons';
import { createRecord, listByWorkbook, patchRecord } from '../../src/db/records';
import { createWorkbook, listWorkbooks, loadSnapshot } from '../../src/db/workbooks';

async function seedIssue4Workbook() {
  const w = await createWorkbook({ title: '연속성 계획 — 통신' });
  await patchRecord('workbooks', w.id, { providerCheckCadenceMinutes: 30 });
  const [first] = await listByWorkbook('responsibilities', w.id);
  await patchRecord('responsibilities', first!.id, {
    reviewStatus: 'gap',
    responsiblePerson: '김민지',
    notes: 'Evidence, "quoted"\nsecond line',
    reviewedDate: '2026-11-01',
    title: 'Own wording',
  });
  await createRecord('responsibilities', {
    workbookId: w.id,
    area: 'continuity_planning',
    owner: 'shared',
    phase: 'incident',
    title: '우리 항목',
    hidden: true,
  });
  const [shd] = await listByWorkbook('providerChannels', w.id);
  await patchRecord('providerChannels', shd!.id, { used: true, watcher: 'NOC', fallbackOrder: null });
  await createRecord('internalChannels', {
    workbookId: w.id,
    kind: 'intranet_status',
    name: '사내 상태 페이지',
    worksWhenProviderDown: 'yes',
  });
  const lead = await createRecord('contacts', {
    workbookId: w.id,
    name: '김민지',
    email: 'minji@contoso.kr',
    lastVerifiedDate: '2026-06-01',
  });
  await createRecord('contacts', {
    workbookId: w.id,
    kind: 'vendor',
    name: 'Contoso support',
    calledById: lead.id,
    contractRef: 'T-123',
  });
  const scenario = await createRecord('scenarios', {
    workbookId: w.id,
    title: 'Mail down',
    areas: ['systems'],
  });
  const incident = await createRecord('incidents', {
    workbookId: w.id,
    title: 'Exchange outage',
    startAt: '2026-03-02T09:00',
    endAt: '2026-03-02T12:00',
    rootCause: '설정 변경',
    planPerformance: 'Phone tree worked',
  });
  const lesson = await createRecord('lessons', {
    workbookId: w.id,
    incidentId: incident.id,
    text: 'SMS list',
  });
  await turnLessonIntoAction(lesson.id, scenario.id);
  return w;
}

describe('issue 4 data in backups', () => {
  it('round-trips exactly through export and import', async () => {
    const w = await seedIssue4Workbook();
    const before = (await loadSnapshot(w.id))!;
    const parsed = parseBackup(serializeBackup(await exportBackup([w.id])));
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    await getDb().delete();
    await getDb().open();
    await applyImport(parsed.envelope, {});
    const after = (await loadSnapshot(w.id))!;
    expect(after).toEqual(before);
    expect(after.responsibilities).toHaveLength(14);
    expect(after.providerChannels).toHaveLength(7);
    expect(after.contacts[1]!.calledById).toBe(after.contacts[0]!.id);
  });

  it('keeps the call tree and lesson links when imported as a copy', async () => {
    const w = await seedIssue4Workbook();
    await applyImport(await exportBackup([w.id]), { [w.id]: 'copy' }, ' (copy)');
    const copy = (await listWorkbooks()).find((x) => x.id !== w.id)!;
    const snap = (await loadSnapshot(copy.id))!;
    const lead = snap.contacts.find((c) => c.name === '김민지')!;
    expect(snap.contacts.find((c) => c.name === 'Contoso support')!.calledById).toBe(lead.id);
    expect(snap.lessons[0]!.incidentId).toBe(snap.incidents[0]!.id);
    expect(snap.lessons[0]!.actionId).toBe(snap.mitigationActions[0]!.id);
    expect(snap.mitigationActions[0]!.sourceIncidentId).toBe(snap.incidents[0]!.id);
    expect(snap.mitigationActions[0]!.scenarioId).toBe(snap.scenarios[0]!.id);
    expect(snap.workbook.providerCheckCadenceMinutes).toBe(30);
  });
});
