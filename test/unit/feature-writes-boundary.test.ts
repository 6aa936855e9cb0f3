// Components write only through their feature's data module: no component under src/features
// calls the record functions or names a table in a write, so every one-off write goes through the
// guarded path. A cheap source scan, run with the unit tests.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tableNames } from '../../src/domain/tables';

const root = join(import.meta.dirname, '../../src/features');
const files = (dir: string): string[] =>
  readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : path.endsWith('.tsx') ? [path] : [];
  });

const writeCall =
  /\b(createRecord|patchRecord|softDeleteRecord|undeleteRecord|writeTogether|applyPatch|addRecord|removeRecord|undoRemove|changeRecord|guardedWrite|queuePatch|createWorkbook|duplicateWorkbook|deleteWorkbook|undoDeleteWorkbook|turnLessonIntoAction)\s*\(/;
// (db/workbooks is also where a snapshot is read, so it is not banned; its writes are, above.)
const recordImport = /^import (?!type)[^;]*from '[./]*db\/(records|guarded-write|autosave|lessons)'/m;
const quotedTableInCall = new RegExp(`\\w+\\(\\s*'(${tableNames.join('|')})'`);
/** An autosave form names its table: that belongs in the data module (useContactForm, ...). */
const tableOption = new RegExp(`\\btable:\\s*'(${tableNames.join('|')})'|useAutosaveForm\\(`);

describe('feature components hold no writes and no table names in calls', () => {
  const components = files(root);
  it('finds the components', () => expect(components.length).toBeGreaterThan(30));
  it.each(components.map((f) => [relative(root, f), f]))('%s', (_name, path) => {
    const text = readFileSync(path, 'utf8');
    expect(text.match(writeCall)?.[0] ?? null).toBeNull();
    expect(text.match(recordImport)?.[0] ?? null).toBeNull();
    expect(text.match(quotedTableInCall)?.[0] ?? null).toBeNull();
    expect(text.match(tableOption)?.[0] ?? null).toBeNull();
  });
});
