// Response tables in backups: format 2 files lift to 3 with the four response tables empty (and
// contacts and scenarios take their new defaults); the version-3 fixture brings every response
// record back with its links, and an export of it imports to the same records.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { applyImport, exportBackup, parseBackup, serializeBackup } from '../../src/db/backup';
import { migrateBackupData } from '../../src/db/backup-migrations';
import { loadSnapshot } from '../../src/db/workbooks';

const fixture = (name: string) => readFileSync(join(__dirname, '..', 'fixtures', name), 'utf8');
const W = '9766c92c-1b0c-476b-bd21-38f61bef1c49';

async function importAll(text: string) {
  const parsed = parseBackup(text);
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.problem));
  const ids = parsed.envelope.data.workbooks.map((w) => w.id);
  await applyImport(parsed.envelope, Object.fromEntries(ids.map((id) => [id, 'replace' as const])));
  return parsed.envelope;
}

describe('response in backups', () => {
  it('the 2 → 3 step adds the four response tables empty and keeps everything else', () => {
    const v2 = JSON.parse(fixture('backup-v2.json')) as { data: Record<string, unknown> };
    expect(migrateBackupData(v2.data, 2, 3)).toEqual({
      ...v2.data,
      responseCriteria: [],
      responseRoles: [],
      responseProcedures: [],
      procedureSteps: [],
    });
  });

  it('a format 2 file imports: contacts get empty availability, scenarios no owner', async () => {
    await importAll(fixture('backup-v2.json'));
    const snap = (await loadSnapshot(W))!;
    expect(snap.contacts.map((c) => [c.availabilityHours, c.timeZone])).toEqual(
      snap.contacts.map(() => ['', '']),
    );
    expect(snap.scenarios.every((s) => s.ownerContactId === null)).toBe(true);
    expect(snap.responseRoles).toEqual([]);
  });

  it('backup-v3.json imports with criteria, roles, escalation, procedures and steps, and round-trips', async () => {
    await importAll(fixture('backup-v3.json'));
    const snap = (await loadSnapshot(W))!;
    expect(snap.responseCriteria.map((c) => [c.condition, c.threshold, c.unit])).toEqual([
      ['1등급 프로세스 4시간 이상 중단', 4, 'hours'],
      ['Provider incident 👨‍💻', 25, 'percentUsers'],
    ]);
    const lead = snap.responseRoles.find((r) => r.kind === 'incident_lead')!;
    const cio = snap.responseRoles.find((r) => r.name === 'CIO 👩‍💼')!;
    expect(lead).toMatchObject({ mayDeclare: true, escalateAfterMinutes: 15, escalatesToRoleId: cio.id });
    expect(lead.reachMethods).toEqual([
      { label: 'Bridge line +82 2 1234 5678', dependsOnProvider: false },
      { label: 'Teams', dependsOnProvider: true },
    ]);
    expect(lead.alternateContactIds).toHaveLength(2);
    const runbook = snap.responseProcedures.find((p) => p.title === '급여 수작업 처리')!;
    expect(runbook.processId).toBe('c62c203e-2fae-438f-9bf3-3706952c2df7');
    const steps = snap.procedureSteps.filter((s) => s.procedureId === runbook.id && s.deletedAt === null);
    expect(steps.map((s) => [s.order, s.kind, s.offsetMinutes])).toEqual([
      [0, 'first_hour', 0],
      [1, 'recovery', 60],
    ]);
    expect(snap.contacts.find((c) => c.name === '박지우')).toMatchObject({
      availabilityHours: '월–금 08:00–18:00',
      timeZone: 'Asia/Seoul',
    });

    const again = parseBackup(serializeBackup(await exportBackup([W])));
    if (!again.ok) throw new Error(JSON.stringify(again.problem));
    for (const table of [
      'responseCriteria',
      'responseRoles',
      'responseProcedures',
      'procedureSteps',
    ] as const) {
      expect(again.envelope.data[table], table).toEqual(snap[table]);
    }
  });
});
