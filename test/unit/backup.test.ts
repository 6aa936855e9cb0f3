import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { BACKUP_FORMAT, BACKUP_FORMAT_VERSION } from '../../src/domain/backup';
import { backupJsonSchema } from '../../src/domain/backup-json-schema';
import { applyImport, exportBackup, parseBackup, planImport, serializeBackup } from '../../src/db/backup';
import { createRecord, patchRecord } from '../../src/db/records';
import { createWorkbook, listWorkbooks, loadSnapshot } from '../../src/db/workbooks';
import { getDb } from '../../src/db/db';
import { dumpDatabase } from './helpers/db-dump';

const longText = '가나다 abc 😀 '.repeat(1500);

async function seedRichWorkbook() {
  const w = await createWorkbook({ title: '서울 본사 계획 👩‍💻', organisation: 'Contoso 한국' });
  await patchRecord('workbooks', w.id, { scope: longText.slice(0, 19_000), lastReviewDate: '2026-05-01' });
  const dep = await createRecord('dependencies', {
    workbookId: w.id,
    area: 'location',
    name: '본사 네트워크',
  });
  const s = await createRecord('scenarios', {
    workbookId: w.id,
    title: '폭설로 출근 불가 ❄️',
    description: 'Staff must be on the corporate network; 직원은 사내망에 접속해야 함.',
    areas: ['people', 'location', 'systems'],
    affectedDependencyIds: [dep.id],
    rtoHours: 4,
    rpoHours: 1,
  });
  await createRecord('policyChecks', {
    workbookId: w.id,
    scenarioId: s.id,
    statement: 'Engineers keep corporate laptops at home',
  });
  return w;
}

describe('backup export and import', () => {
  it('round-trips Hangul, emoji and long text exactly', async () => {
    const w = await seedRichWorkbook();
    const before = await loadSnapshot(w.id);
    const text = serializeBackup(await exportBackup());
    const parsed = parseBackup(text);
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    await getDb().delete();
    await getDb().open();
    expect(await listWorkbooks()).toEqual([]);
    await applyImport(parsed.envelope, {});
    expect(await loadSnapshot(w.id)).toEqual(before);
    const again = await exportBackup();
    expect(again.data).toEqual(parsed.envelope.data);
  });

  it('plans replace for a workbook that exists, and can import it as a copy', async () => {
    const w = await seedRichWorkbook();
    const envelope = await exportBackup([w.id]);
    const plan = await planImport(envelope);
    expect(plan).toEqual([expect.objectContaining({ exists: true, existingTitle: w.title })]);
    await applyImport(envelope, { [w.id]: 'copy' }, ' (copy)');
    const titles = (await listWorkbooks()).map((x) => x.title).sort();
    expect(titles).toEqual([w.title, `${w.title} (copy)`].sort());
    const copy = (await listWorkbooks()).find((x) => x.id !== w.id)!;
    const snap = (await loadSnapshot(copy.id))!;
    expect(snap.policyChecks[0]!.scenarioId).toBe(snap.scenarios[0]!.id);
    expect(snap.scenarios[0]!.affectedDependencyIds).toEqual([snap.dependencies[0]!.id]);
  });

  it('replace leaves exactly what the file holds', async () => {
    const w = await seedRichWorkbook();
    const envelope = await exportBackup([w.id]);
    await createRecord('scenarios', { workbookId: w.id, title: 'Added later', areas: ['systems'] });
    await applyImport(envelope, { [w.id]: 'replace' });
    expect((await loadSnapshot(w.id))!.scenarios.map((s) => s.title)).toEqual(['폭설로 출근 불가 ❄️']);
  });

  const valid = () => ({
    format: BACKUP_FORMAT,
    formatVersion: BACKUP_FORMAT_VERSION,
    appVersion: '0.1.0',
    exportedAt: new Date().toISOString(),
    data: { workbooks: [] },
  });

  it.each([
    ['', 'empty'],
    ['   \n', 'empty'],
    ['hello', 'notJson'],
    ['{"format": "continuity-workbook-backup", "formatVersion": 1, "da', 'truncated'],
    ['{"some": "other file"}', 'otherFormat'],
    ['[1,2,3]', 'otherFormat'],
    [JSON.stringify({ ...valid(), formatVersion: 99 }), 'newerVersion'],
    [JSON.stringify({ ...valid(), data: { workbooks: [{ id: 'x', title: 5 }] } }), 'invalid'],
  ])('refuses %j as %s and changes nothing', async (text, code) => {
    await seedRichWorkbook();
    const before = await dumpDatabase();
    const parsed = parseBackup(text);
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    expect(parsed.problem.code).toBe(code);
    expect(await dumpDatabase()).toBe(before);
  });

  it('names the path of the first bad fields', () => {
    const now = new Date().toISOString();
    const file = {
      ...valid(),
      data: {
        workbooks: [{ id: 'w1', title: 'ok', createdAt: now, updatedAt: now, reviewCycleMonths: 'often' }],
      },
    };
    const parsed = parseBackup(JSON.stringify(file));
    expect(parsed.ok).toBe(false);
    if (!parsed.ok && parsed.problem.code === 'invalid') {
      expect(parsed.problem.paths).toContain('data.workbooks.0.reviewCycleMonths');
    } else {
      throw new Error('expected an invalid problem');
    }
  });

  it('refuses records that belong to no workbook in the file, and duplicate ids', () => {
    const now = new Date().toISOString();
    const wb = { id: 'w1', title: 'ok', createdAt: now, updatedAt: now };
    const orphan = {
      ...valid(),
      data: {
        workbooks: [wb],
        dependencies: [
          { id: 'd', workbookId: 'nope', area: 'people', name: 'x', createdAt: now, updatedAt: now },
        ],
      },
    };
    expect(parseBackup(JSON.stringify(orphan))).toMatchObject({
      ok: false,
      problem: { code: 'inconsistent' },
    });
    const dup = { ...valid(), data: { workbooks: [wb, wb] } };
    expect(parseBackup(JSON.stringify(dup))).toMatchObject({ ok: false, problem: { code: 'inconsistent' } });
  });

  it('accepts a byte-order mark and a file without the tables added later', () => {
    const now = new Date().toISOString();
    const file = {
      ...valid(),
      data: { workbooks: [{ id: 'w1', title: 'ok', createdAt: now, updatedAt: now }] },
    };
    const parsed = parseBackup(`\uFEFF${JSON.stringify(file)}`);
    expect(parsed.ok).toBe(true);
    if (parsed.ok) expect(parsed.envelope.data.scenarios).toEqual([]);
  });

  it('published JSON Schema matches the zod schemas (run npm run schema after a change)', () => {
    const published = JSON.parse(readFileSync('public/backup-format.schema.json', 'utf8'));
    expect(published).toEqual(JSON.parse(JSON.stringify(backupJsonSchema())));
  });
});
