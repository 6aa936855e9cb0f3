// Exercise tables in backups: a format 3 file lifts to 4 with the five exercise tables empty, and
// the version-4 fixture brings every exercise record back with its links (scope, finding ↔ action,
// runs) and exports to the same records.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { applyImport, exportBackup, parseBackup, serializeBackup } from '../../src/db/backup';
import { migrateBackupData } from '../../src/db/backup-migrations';
import { loadSnapshot } from '../../src/db/workbooks';

const fixture = (name: string) => readFileSync(join(__dirname, '..', 'fixtures', name), 'utf8');
const W = '9766c92c-1b0c-476b-bd21-38f61bef1c49';
const TABLES = [
  'exercises',
  'exerciseObjectives',
  'exerciseRecoveries',
  'exerciseFindings',
  'tabletopRuns',
] as const;

async function importAll(text: string) {
  const parsed = parseBackup(text);
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.problem));
  const ids = parsed.envelope.data.workbooks.map((w) => w.id);
  await applyImport(parsed.envelope, Object.fromEntries(ids.map((id) => [id, 'replace' as const])));
}

describe('exercises in backups', () => {
  it('the 3 → 4 step adds every version 4 table empty (exercises, versions, distribution, review triggers) and keeps everything else', () => {
    const v3 = JSON.parse(fixture('backup-v3.json')) as { data: Record<string, unknown> };
    // BIA resources gain rows made from the risk-area dependencies: bia-links.test.ts checks those.
    const { biaResources: _made, ...rest } = migrateBackupData(v3.data, 3, 4);
    const { biaResources: _old, ...v3Rest } = v3.data;
    expect(rest).toEqual({
      ...v3Rest,
      exercises: [],
      exerciseObjectives: [],
      exerciseRecoveries: [],
      exerciseFindings: [],
      tabletopRuns: [],
      planVersions: [],
      distributionList: [],
      reviewTriggers: [],
    });
  });

  it('a format 3 file imports with no exercises and actions without an exercise source', async () => {
    await importAll(fixture('backup-v3.json'));
    const snap = (await loadSnapshot(W))!;
    for (const table of TABLES) expect(snap[table], table).toEqual([]);
    expect(snap.mitigationActions.every((a) => a.sourceExerciseId === null)).toBe(true);
  });

  it('backup-v4.json imports with exercises, results, findings linked to actions and runs, and round-trips', async () => {
    await importAll(fixture('backup-v4.json'));
    const snap = (await loadSnapshot(W))!;
    const held = snap.exercises.find((e) => e.title === '정전 도상 훈련 ⚡')!;
    expect(held).toMatchObject({
      type: 'tabletop',
      status: 'held',
      scenarioIds: ['796cd8fe-2016-4ee1-9d8a-03de97653628'],
      processIds: ['c62c203e-2fae-438f-9bf3-3706952c2df7', '5526a332-7faa-4fe5-af20-95308a8cbca7'],
      roleIds: ['781885cb-25da-4ec4-934a-8adbf6529afd'],
    });
    // The soft-deleted exercise in the file stays deleted: it is not among the workbook's exercises.
    expect(snap.exercises.map((e) => e.title)).toEqual(['정전 도상 훈련 ⚡', 'Failover simulation']);
    expect(snap.exerciseObjectives.map((o) => o.met)).toEqual([true, false, null]);
    expect(snap.exerciseRecoveries.map((r) => r.achievedHours)).toEqual([30, 6.5]);
    const linked = snap.exerciseFindings.find((f) => f.actionId !== null)!;
    const action = snap.mitigationActions.find((a) => a.id === linked.actionId)!;
    expect([action.sourceExerciseId, action.action]).toEqual([held.id, linked.text]);
    expect(snap.tabletopRuns.map((r) => [r.state, r.decisions.length, r.exerciseId])).toEqual([
      ['running', 1, null],
      ['finished', 0, held.id],
    ]);

    const again = parseBackup(serializeBackup(await exportBackup([W])));
    if (!again.ok) throw new Error(JSON.stringify(again.problem));
    for (const table of [...TABLES, 'mitigationActions'] as const) {
      expect(again.envelope.data[table], table).toEqual(snap[table]);
    }
  });
});
