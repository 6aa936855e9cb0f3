// BIA tables in backups: format 1 files lift to 2 with empty BIA tables; the version-2 fixture
// brings back every BIA record, links included.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { applyImport, parseBackup } from '../../src/db/backup';
import { migrateBackupData } from '../../src/db/backup-migrations';
import { loadSnapshot } from '../../src/db/workbooks';

const fixture = (name: string) => readFileSync(join(__dirname, '..', 'fixtures', name), 'utf8');

describe('BIA in backups', () => {
  it('the 1 → 2 step adds the five BIA tables empty and keeps everything else', () => {
    const v1 = JSON.parse(fixture('backup-v1.json')) as { data: Record<string, unknown> };
    const v2 = migrateBackupData(v1.data, 1, 2);
    expect(v2).toEqual({
      ...v1.data,
      biaProcesses: [],
      biaResources: [],
      biaAlternatives: [],
      biaDependencies: [],
      biaScenarioImpacts: [],
    });
  });

  it('backup-v2.json imports with its processes, grid, objectives, resources and links', async () => {
    const parsed = parseBackup(fixture('backup-v2.json'));
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.problem));
    const ids = parsed.envelope.data.workbooks.map((w) => w.id);
    await applyImport(parsed.envelope, Object.fromEntries(ids.map((id) => [id, 'replace' as const])));
    const withBia = parsed.envelope.data.biaProcesses[0]!.workbookId;
    const snap = (await loadSnapshot(withBia))!;
    const payroll = snap.biaProcesses.find((p) => p.name === '급여 지급')!;
    expect(payroll).toMatchObject({ tier: 1, mtpdHours: 72, rtoHours: 24, rpoHours: 4, currency: 'KRW' });
    expect(payroll.impact.legal).toEqual(['none', 'none', 'minor', 'major', 'severe', 'severe', 'severe']);
    expect(payroll.money).toEqual([null, 1000000, 5000000, 20000000, null, null, null]);
    // Resources made from the risk-area dependencies on the way to format 4 (bia-links.test.ts) aside.
    const inFile = new Set(
      (
        JSON.parse(fixture('backup-v2.json')) as { data: { biaResources: { id: string }[] } }
      ).data.biaResources.map((r) => r.id),
    );
    const stored = snap.biaResources.filter((r) => inFile.has(r.id));
    expect(snap.biaResources.filter((r) => !inFile.has(r.id)).every((r) => r.riskDependencyId !== null)).toBe(
      true,
    );
    expect(stored.map((r) => r.kind).sort()).toEqual([
      'location',
      'people',
      'process',
      'supplier',
      'systems',
    ]);
    expect(snap.biaDependencies).toHaveLength(4);
    expect(snap.biaScenarioImpacts.map((i) => i.staffSharePercent).sort()).toEqual([60, null]);
  });
});
