// Round trip: 1,000 generated workbooks full of Hangul, emoji, ZWJ sequences, combining marks and
// long text survive export and import identical (in batches of 50 per database).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { applyImport, exportBackup, readBackupText, serializeBackup } from '../../src/db/backup';
import { getDb } from '../../src/db/db';
import { buildRecord } from '../../src/db/records';
import { loadSnapshot, putSnapshot } from '../../src/db/workbooks';
import { LIMITS } from '../../src/domain/common';
import { childTableNames, type WorkbookSnapshot } from '../../src/domain/tables';

const BATCHES = 20;
const PER_BATCH = 50;

const pieces = [
  '가',
  '힣',
  '한국어 ',
  '연속성 계획',
  'ㄱ',
  'ᄀ\u1161',
  '😀',
  '👩‍💻',
  '👨‍👩‍👧‍👦',
  '🏳️‍🌈',
  '🇰🇷',
  '👍🏽',
  'e\u0301',
  '\u200d',
  '\u200b',
  'a',
  'Z',
  ' ',
  '\n',
  '\t',
  '"',
  "'",
  '\\',
  '<b>',
  '</script>',
  '&amp;',
  'javascript:alert(1)',
  'data:text/html,x',
  '𝔘𝔫𝔦',
  '١٢٣',
  '\u202e',
  '%s',
  '{title}',
  'null',
];
const text = (max: number) =>
  fc.array(fc.constantFrom(...pieces), { maxLength: 40 }).chain((parts) =>
    fc.nat({ max: 6 }).map((repeat) => {
      const s = parts.join('').repeat(1 + repeat * (repeat > 4 ? 60 : 1));
      // Cut on a code point boundary, as the app's limits count UTF-16 units.
      return [...s].reduce((acc, ch) => (acc.length + ch.length <= max ? acc + ch : acc), '');
    }),
  );
const required = (max: number) => text(max).map((s) => (s.trim() === '' ? `항목 ${s}`.slice(0, max) : s));

const workbookArb = fc.record({
  title: required(LIMITS.shortText),
  organisation: text(LIMITS.shortText),
  scope: text(LIMITS.longText),
  scenarios: fc.array(
    fc.record({
      title: required(LIMITS.shortText),
      description: text(LIMITS.longText),
      checks: fc.array(required(LIMITS.shortText), { maxLength: 2 }),
    }),
    { maxLength: 2 },
  ),
  dependencies: fc.array(required(LIMITS.shortText), { maxLength: 2 }),
});

type WorkbookInput = typeof workbookArb extends fc.Arbitrary<infer T> ? T : never;

function snapshotOf(input: WorkbookInput): WorkbookSnapshot {
  const workbook = buildRecord('workbooks', {
    title: input.title,
    organisation: input.organisation,
    scope: input.scope,
  });
  const snap = { workbook } as WorkbookSnapshot;
  for (const t of childTableNames) (snap as unknown as Record<string, unknown[]>)[t] = [];
  const workbookId = workbook.id;
  snap.dependencies = input.dependencies.map((name, i) =>
    buildRecord('dependencies', { workbookId, order: i + 1, area: 'systems', name }),
  );
  snap.scenarios = input.scenarios.map((s, i) =>
    buildRecord('scenarios', {
      workbookId,
      order: i + 1,
      title: s.title,
      description: s.description,
      areas: ['people'],
      affectedDependencyIds: snap.dependencies.map((d) => d.id),
    }),
  );
  snap.policyChecks = input.scenarios.flatMap((s, i) =>
    s.checks.map((statement, j) =>
      buildRecord('policyChecks', { workbookId, order: j + 1, scenarioId: snap.scenarios[i]!.id, statement }),
    ),
  );
  return snap;
}

describe('backup round trip', () => {
  it(`${BATCHES * PER_BATCH} generated workbooks survive export and import identical`, async () => {
    let workbooks = 0;
    let maxChars = 0;
    await fc.assert(
      fc.asyncProperty(
        fc.array(workbookArb, { minLength: PER_BATCH, maxLength: PER_BATCH }),
        async (inputs) => {
          const db = getDb();
          await Promise.all(db.tables.map((t) => t.clear()));
          const snapshots = inputs.map(snapshotOf);
          for (const s of snapshots) await putSnapshot(s);
          const before = await Promise.all(snapshots.map((s) => loadSnapshot(s.workbook.id)));
          const file = serializeBackup(await exportBackup());
          maxChars = Math.max(maxChars, file.length);
          await Promise.all(db.tables.map((t) => t.clear()));
          const read = await readBackupText(file);
          expect(read.ok).toBe(true);
          if (!read.ok) return;
          expect(read.repairs).toEqual({ droppedRecords: 0, clearedReferences: 0 });
          await applyImport(read.envelope, {});
          const after = await Promise.all(snapshots.map((s) => loadSnapshot(s.workbook.id)));
          expect(after).toEqual(before);
          expect(serializeBackup({ ...(await exportBackup()), exportedAt: '' })).toBe(
            serializeBackup({ ...JSON.parse(file), exportedAt: '' }),
          );
          workbooks += inputs.length;
        },
      ),
      { numRuns: BATCHES },
    );
    console.info(`round-tripped ${workbooks} workbooks; largest file ${(maxChars / 1024).toFixed(0)} KB`);
    expect(workbooks).toBe(BATCHES * PER_BATCH);
  }, 120_000);
});
