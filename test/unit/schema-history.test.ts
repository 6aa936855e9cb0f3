// Schema history: every shipped database schema and backup format has a fixture in test/fixtures/
// (db-v<N>.json, backup-v<N>[-name].json), and the current code opens each and finds all its data.
// The database is built with raw IndexedDB exactly as the fixture records it (stores, indexes,
// rows), never with the app's own code, so the test sees what a user's browser holds.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { applyImport, parseBackup } from '../../src/db/backup';
import { openDatabase, setDatabase } from '../../src/db/db';
import { backupFacts } from '../../src/db/meta';
import { migrations, SCHEMA_VERSION } from '../../src/db/migrations';
import { patchRecord } from '../../src/db/records';
import { listWorkbooks, loadSnapshot } from '../../src/db/workbooks';
import { BACKUP_FORMAT_VERSION } from '../../src/domain/backup';
import { childTableNames, tableNames, type WorkbookSnapshot } from '../../src/domain/tables';
import { openRaw } from './helpers/raw-idb';

const FIXTURES = join(__dirname, '..', 'fixtures');

type IndexSpec = { name: string; keyPath: string | string[]; unique: boolean; multiEntry: boolean };
type StoreSpec = { keyPath: string | string[] | null; autoIncrement: boolean; indexes: IndexSpec[] };
type Row = Record<string, unknown> & { id?: string; key?: string; workbookId?: string; deletedAt?: unknown };
type DbFixture = {
  schemaVersion: number;
  idbVersion: number;
  stores: Record<string, StoreSpec>;
  rows: Record<string, Row[]>;
};

function fixtureFiles(pattern: RegExp) {
  return readdirSync(FIXTURES)
    .map((file) => ({ file, match: pattern.exec(file) }))
    .filter((f): f is { file: string; match: RegExpExecArray } => f.match !== null)
    .map(({ file, match }) => ({ file, version: Number(match[1]) }))
    .sort((a, b) => a.version - b.version || a.file.localeCompare(b.file));
}

const dbFixtures = fixtureFiles(/^db-v(\d+)\.json$/);
const backupFixtures = fixtureFiles(/^backup-v(\d+)(?:-[\w-]+)?\.json$/);
const readJson = <T>(file: string) => JSON.parse(readFileSync(join(FIXTURES, file), 'utf8')) as T;

/**
 * The object stores a schema version declares, from the migrations up to it, in the shape
 * IndexedDB reports them. Dexie's syntax: first the primary key, then indexes; `&` unique,
 * `*` multi-entry, `[a+b]` compound.
 */
function storesAtVersion(version: number): Record<string, StoreSpec> {
  const declared: Record<string, string> = {};
  for (const m of migrations.filter((x) => x.version <= version)) {
    for (const [name, spec] of Object.entries(m.stores)) {
      if (spec === null) delete declared[name];
      else declared[name] = spec;
    }
  }
  const keyPathOf = (s: string) => (s.startsWith('[') ? s.slice(1, -1).split('+') : s);
  const out: Record<string, StoreSpec> = {};
  for (const [name, spec] of Object.entries(declared)) {
    const [primary = '', ...indexes] = spec.split(',').map((s) => s.trim());
    const bare = primary.replace(/^(\+\+|&)/, '');
    out[name] = {
      keyPath: bare === '' ? null : keyPathOf(bare),
      autoIncrement: primary.startsWith('++'),
      indexes: indexes
        .map((ix) => {
          const clean = ix.replace(/^[&*]/, '');
          return {
            name: clean,
            keyPath: keyPathOf(clean),
            unique: ix.startsWith('&'),
            multiEntry: ix.startsWith('*'),
          };
        })
        .sort((a, b) => a.name.localeCompare(b.name)),
    };
  }
  return out;
}

let n = 0;

/** Builds the fixture's database with plain IndexedDB: stores, indexes and rows as recorded. */
async function createRawDatabase(fixture: DbFixture): Promise<string> {
  const name = `schema-history-${process.pid}-${n++}`;
  const raw = await openRaw(name, fixture.idbVersion, (db) => {
    for (const [storeName, spec] of Object.entries(fixture.stores)) {
      const store = db.createObjectStore(storeName, {
        keyPath: spec.keyPath,
        autoIncrement: spec.autoIncrement,
      });
      for (const ix of spec.indexes) {
        store.createIndex(ix.name, ix.keyPath, { unique: ix.unique, multiEntry: ix.multiEntry });
      }
    }
  });
  await new Promise<void>((resolve, reject) => {
    const tx = raw.transaction(Object.keys(fixture.rows), 'readwrite');
    for (const [storeName, rows] of Object.entries(fixture.rows)) {
      for (const row of rows) tx.objectStore(storeName).put(row);
    }
    tx.oncomplete = () => resolve();
    tx.onerror = () => reject(tx.error);
  });
  raw.close();
  return name;
}

const isLive = (r: Row) => r.deletedAt === null || r.deletedAt === undefined;

/** Every live record of the workbook in the file is in the snapshot, with every stored field. */
function expectSnapshotHolds(snapshot: WorkbookSnapshot | null, workbook: Row, rows: Record<string, Row[]>) {
  expect(snapshot, `workbook ${workbook.id}`).not.toBeNull();
  expect(snapshot!.workbook).toMatchObject(workbook);
  for (const table of childTableNames) {
    const expected = (rows[table] ?? []).filter((r) => r.workbookId === workbook.id && isLive(r));
    // From version 4 each risk-area dependency has a BIA resource (domain/bia-links.ts): resources
    // the upgrade made for the file's dependencies are made, not invented.
    const dependencyIds = new Set((rows.dependencies ?? []).map((d) => d.id));
    const found = (snapshot![table] as unknown as Row[]).filter(
      (r) =>
        table !== 'biaResources' ||
        expected.some((e) => e.id === r.id) ||
        !dependencyIds.has(r.riskDependencyId as string),
    );
    // No row dropped as unreadable by restore (it would be skipped silently), none invented.
    expect(found.map((r) => r.id).sort(), `${table} of ${workbook.id}`).toEqual(
      expected.map((r) => r.id).sort(),
    );
    for (const row of expected) expect(found.find((r) => r.id === row.id)).toMatchObject(row);
  }
}

describe('schema history: database fixtures', () => {
  it('there is a database fixture for every shipped schema version, the newest being SCHEMA_VERSION', () => {
    // A migration added without its fixture fails here.
    expect(dbFixtures.map((f) => f.version)).toEqual(migrations.map((m) => m.version));
    expect(dbFixtures.at(-1)?.version).toBe(SCHEMA_VERSION);
  });

  for (const { file, version } of dbFixtures) {
    describe(file, () => {
      const fixture = readJson<DbFixture>(file);

      it('records the stores of its schema version, and a row in every one of them', () => {
        expect(fixture.schemaVersion).toBe(version);
        // Dexie stores schema version n as IndexedDB version n * 10.
        expect(fixture.idbVersion).toBe(version * 10);
        expect(fixture.stores).toEqual(storesAtVersion(version));
        for (const storeName of Object.keys(fixture.stores)) {
          expect(fixture.rows[storeName]?.length ?? 0, `rows of ${storeName}`).toBeGreaterThan(0);
        }
      });

      it('opens with the current code and every row of every table is found', async () => {
        const name = await createRawDatabase(fixture);
        const db = openDatabase(name);
        setDatabase(db);
        await db.open();
        expect(db.verno).toBe(SCHEMA_VERSION);

        // Every stored row survives the open (and any upgrade), with every field it had.
        for (const [storeName, rows] of Object.entries(fixture.rows)) {
          const table = db.table(storeName);
          expect(await table.count(), `rows in ${storeName}`).toBeGreaterThanOrEqual(rows.length);
          for (const row of rows) {
            expect(await table.get((row.id ?? row.key)!), `${storeName} ${row.id ?? row.key}`).toMatchObject(
              row,
            );
          }
        }

        // Through the app's own reading path (restore + zod): every live record, restored.
        const workbooks = fixture.rows.workbooks!.filter(isLive);
        expect((await listWorkbooks()).map((w) => w.id).sort()).toEqual(workbooks.map((w) => w.id).sort());
        for (const workbook of workbooks) {
          expectSnapshotHolds(await loadSnapshot(workbook.id!), workbook, fixture.rows);
        }

        // The browser's own facts (meta) are still read.
        const meta = Object.fromEntries(fixture.rows.meta!.map((r) => [r.key, r.value]));
        expect(await backupFacts()).toEqual({
          lastBackupAt: meta.lastBackupAt ?? null,
          editsSinceBackup: meta.editsSinceBackup ?? 0,
          firstEditSinceBackupAt: meta.firstEditSinceBackupAt ?? null,
          snoozedUntil: meta.backupReminderSnoozedUntil ?? null,
        });

        // And the old data can be edited further.
        const first = workbooks[0]!;
        const edited = await patchRecord('workbooks', first.id!, { owner: '편집 가능 ✅' });
        expect(edited.rev).toBe(Number(first.rev) + 1);
        expect((await loadSnapshot(first.id!))!.workbook.owner).toBe('편집 가능 ✅');
      });
    });
  }

  it('the fixtures hold every table the app has, with Hangul, emoji and soft-deleted rows', () => {
    const newest = readJson<DbFixture>(dbFixtures.at(-1)!.file);
    for (const table of [...tableNames, 'meta'])
      expect(newest.rows[table]?.length ?? 0, table).toBeGreaterThan(0);
    const text = JSON.stringify(newest.rows);
    expect(text).toMatch(/[\uac00-\ud7a3]/); // Hangul
    expect(text).toMatch(/\p{Extended_Pictographic}\u200d\p{Extended_Pictographic}/u); // a ZWJ emoji
    expect(
      Object.values(newest.rows)
        .flat()
        .some((r) => !isLive(r)),
    ).toBe(true);
  });
});

describe('schema history: backup fixtures', () => {
  it('there is a backup fixture for every shipped backup format version', () => {
    const versions = [...new Set(backupFixtures.map((f) => f.version))];
    expect(versions).toEqual(Array.from({ length: BACKUP_FORMAT_VERSION }, (_, i) => i + 1));
  });

  for (const { file, version } of backupFixtures) {
    it(`${file} imports with the current code and every record is found`, async () => {
      const text = readFileSync(join(FIXTURES, file), 'utf8');
      const raw = JSON.parse(text) as { formatVersion: number; data: Record<string, Row[]> };
      expect(raw.formatVersion).toBe(version);
      const parsed = parseBackup(text);
      if (!parsed.ok) throw new Error(`${file}: ${JSON.stringify(parsed.problem)}`);
      const workbooks = raw.data.workbooks!;
      const written = await applyImport(
        parsed.envelope,
        Object.fromEntries(workbooks.map((w) => [w.id!, 'replace' as const])),
      );
      expect(written.sort()).toEqual(workbooks.map((w) => w.id).sort());
      for (const workbook of workbooks) {
        expectSnapshotHolds(await loadSnapshot(workbook.id!), workbook, raw.data);
      }
    });
  }
});
