// Risk-area dependencies become BIA resources (issue 14): the pure rule, the version 4 database
// upgrade on a real version 3 database (test/fixtures/db-v3.json, built with raw IndexedDB), and
// the 3 → 4 backup step. Every dependency keeps its row; each gets exactly one linked resource in
// its area; resources that were there stay as they were.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseBackup } from '../../src/db/backup';
import { openDatabase, setDatabase } from '../../src/db/db';
import { biaResourceSchema } from '../../src/domain/bia';
import { resourcesForRiskDependencies } from '../../src/domain/bia-links';
import { LIMITS } from '../../src/domain/common';
import { openRaw } from './helpers/raw-idb';

type Row = Record<string, unknown> & { id: string };
type DbFixture = {
  idbVersion: number;
  stores: Record<
    string,
    {
      keyPath: string;
      autoIncrement: boolean;
      indexes: { name: string; keyPath: string; unique: boolean; multiEntry: boolean }[];
    }
  >;
  rows: Record<string, Row[]>;
};
const fixture = (file: string) =>
  JSON.parse(readFileSync(join(__dirname, '..', 'fixtures', file), 'utf8')) as never;

async function rawDatabase(f: DbFixture): Promise<string> {
  const name = `bia-links-${Math.random()}`;
  const raw = await openRaw(name, f.idbVersion, (db) => {
    for (const [store, spec] of Object.entries(f.stores)) {
      const s = db.createObjectStore(store, { keyPath: spec.keyPath, autoIncrement: spec.autoIncrement });
      for (const ix of spec.indexes)
        s.createIndex(ix.name, ix.keyPath, { unique: ix.unique, multiEntry: ix.multiEntry });
    }
  });
  await new Promise<void>((resolve, reject) => {
    const tx = raw.transaction(Object.keys(f.rows), 'readwrite');
    for (const [store, rows] of Object.entries(f.rows))
      for (const row of rows) tx.objectStore(store).put(row);
    tx.oncomplete = () => resolve();
    tx.onerror = () => reject(tx.error);
  });
  raw.close();
  return name;
}

/** Each dependency has exactly one resource standing for it, in its area, with its name and notes. */
function expectLinked(dependencies: Row[], resources: Row[], before: Row[]) {
  for (const d of dependencies) {
    const linked = resources.filter((r) => r.riskDependencyId === d.id);
    expect(linked, `resource for ${d.id}`).toHaveLength(1);
    if (before.some((r) => r.id === linked[0]!.id)) continue; // linked by the planner before version 4
    expect(linked[0]).toMatchObject({
      name: d.name,
      area: d.area,
      kind: d.area,
      notes: d.notes,
      workbookId: d.workbookId,
      deletedAt: d.deletedAt,
    });
  }
}

describe('risk-area dependencies become BIA resources', () => {
  it('makes one resource per unlinked dependency, in its area, soft-deleted with it, skipping rows that do not read', () => {
    let n = 0;
    const made = resourcesForRiskDependencies(
      [
        {
          id: 'd1',
          workbookId: 'w',
          area: 'people',
          name: '급여 담당자',
          notes: 'Only one',
          deletedAt: null,
        },
        {
          id: 'd2',
          workbookId: 'w',
          area: 'location',
          name: 'Annex',
          notes: '',
          deletedAt: '2026-01-02T00:00:00.000Z',
        },
        { id: 'd3', workbookId: 'w', area: 'systems', name: 'ERP', notes: '', deletedAt: null },
        { id: 'd4', workbookId: 'w', area: 'moon', name: 'Bad', notes: '', deletedAt: null },
      ],
      [{ id: 'r0', workbookId: 'w', order: 4, riskDependencyId: 'd3' }],
      '2026-12-03T00:00:00.000Z',
      () => `new-${n++}`,
    );
    expect(
      made.map((r) => [r.id, r.name, r.kind, r.area, r.riskDependencyId, r.order, r.deletedAt, r.notes]),
    ).toEqual([
      ['new-0', '급여 담당자', 'people', 'people', 'd1', 5, null, 'Only one'],
      ['new-1', 'Annex', 'location', 'location', 'd2', 6, '2026-01-02T00:00:00.000Z', ''],
    ]);
    // Built without zod, but exactly what the resource schema reads.
    for (const r of made) expect(biaResourceSchema.parse(r)).toEqual(r);
  });

  it('the version 4 upgrade of a version 3 database keeps every row and links every dependency', async () => {
    const v3 = fixture('db-v3.json') as DbFixture;
    const db = openDatabase(await rawDatabase(v3));
    setDatabase(db);
    await db.open();
    expect(db.verno).toBe(4);
    const dependencies = (await db.table('dependencies').toArray()) as Row[];
    const resources = (await db.table('biaResources').toArray()) as Row[];
    expect(dependencies).toEqual(expect.arrayContaining(v3.rows.dependencies!));
    expect(dependencies).toHaveLength(v3.rows.dependencies!.length);
    for (const old of v3.rows.biaResources!) expect(resources).toContainEqual(old);
    const unlinked = v3.rows.dependencies!.filter(
      (d) => !v3.rows.biaResources!.some((r) => r.riskDependencyId === d.id),
    );
    expect(unlinked.length).toBeGreaterThan(0);
    expect(resources).toHaveLength(v3.rows.biaResources!.length + unlinked.length);
    expectLinked(dependencies, resources, v3.rows.biaResources!);
    db.close();
  });

  it('a version 3 backup gains the same links when it is read', () => {
    const text = readFileSync(join(__dirname, '..', 'fixtures', 'backup-v3.json'), 'utf8');
    const raw = JSON.parse(text) as { data: Record<string, Row[]> };
    const parsed = parseBackup(text);
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.problem));
    const data = parsed.envelope.data as unknown as Record<string, Row[]>;
    expect(data.dependencies).toHaveLength(raw.data.dependencies!.length);
    expect(data.biaResources!.length).toBeGreaterThan(raw.data.biaResources!.length);
    expectLinked(data.dependencies!, data.biaResources!, raw.data.biaResources!);
  });
});

describe('bia-links limits', () => {
  it('uses the same text limits as the schemas', () => {
    expect(LIMITS).toEqual({ shortText: 300, longText: 20_000 });
  });
});
