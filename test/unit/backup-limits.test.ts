// Limits and messages are exact: sizes in bytes (File.size before reading), `{` is "not valid JSON",
// an error of the app is not "not JSON", and validation goes record by record in slices (no stack
// overflow, no long freeze: the work per slice is counted here; wall-clock figures live in test/bench).
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  MAX_BACKUP_BYTES,
  MAX_ENCRYPTED_BACKUP_BYTES,
  parseBackup,
  parseBackupInSlices,
  readBackupFile,
  readBackupText,
  utf8ByteLength,
} from '../../src/db/backup';
import { checkBackupRecords, RECORDS_PER_SLICE } from '../../src/domain/backup';
import { invalidEverywhere, validThenOneBad } from './helpers/big-backup';

afterEach(() => vi.restoreAllMocks());

/** A file that counts what is read from it. */
function fakeFile(size: number, head = '{"format":"continuity-workbook-backup"') {
  const reads = { whole: 0, slices: 0 };
  const file = {
    size,
    slice: () => {
      reads.slices++;
      return new Blob([head]);
    },
    text: async () => {
      reads.whole++;
      return head;
    },
  };
  return { file: file as unknown as Blob, reads };
}

describe('backup limits and messages', () => {
  it('counts UTF-8 bytes, not characters', () => {
    expect(utf8ByteLength('abc')).toBe(3);
    expect(utf8ByteLength('가')).toBe(3);
    expect(utf8ByteLength('😀')).toBe(4);
    expect(utf8ByteLength('é')).toBe(2);
    const sample = 'a가😀é\u0301\ud800x';
    expect(utf8ByteLength(sample)).toBe(new TextEncoder().encode(sample).length);
  });

  it('refuses a text over the limit in bytes though it has fewer characters than the limit', () => {
    const text = '가'.repeat(Math.floor(MAX_BACKUP_BYTES / 3) + 1);
    expect(text.length).toBeLessThan(MAX_BACKUP_BYTES);
    expect(parseBackup(text)).toEqual({
      ok: false,
      problem: { code: 'tooLarge', limitBytes: MAX_BACKUP_BYTES },
    });
  });

  it('a 60 MB plain file is refused from its size and first bytes, never read whole', async () => {
    const { file, reads } = fakeFile(60 * 1024 * 1024);
    expect((await readBackupFile(file)).parsed).toEqual({
      ok: false,
      problem: { code: 'tooLarge', limitBytes: MAX_BACKUP_BYTES },
    });
    expect(reads).toEqual({ whole: 0, slices: 1 });
  });

  it('a file above the encrypted limit is refused from File.size alone', async () => {
    const { file, reads } = fakeFile(MAX_ENCRYPTED_BACKUP_BYTES + 1);
    expect((await readBackupFile(file)).parsed).toMatchObject({ ok: false, problem: { code: 'tooLarge' } });
    expect(reads).toEqual({ whole: 0, slices: 0 });
  });

  it('a 60 MB encrypted file is within its limit and is read', async () => {
    const { file, reads } = fakeFile(60 * 1024 * 1024, '{"format":"continuity-workbook-backup-encrypted"');
    expect((await readBackupFile(file)).parsed).toEqual({ ok: false, problem: { code: 'encrypted' } });
    expect(reads.whole).toBe(1);
  });

  it.each(['{', '{"', '["', '{"format'])('a file holding just %j is not valid JSON', async (text) => {
    const read = await readBackupText(text);
    expect(read).toMatchObject({ ok: false, problem: { code: 'notJson' } });
  });

  it('a backup cut off after its format name is still "cut off"', async () => {
    const read = await readBackupText('{\n  "format": "continuity-workbook-backup",\n  "formatVer');
    expect(read).toEqual({ ok: false, problem: { code: 'truncated' } });
  });

  it('an error of the app while parsing is reported as such, not as "not JSON"', async () => {
    vi.spyOn(JSON, 'parse').mockImplementationOnce(() => {
      throw new RangeError('Invalid string length');
    });
    expect(await readBackupText('{"format":"x"}')).toEqual({
      ok: false,
      problem: { code: 'internal', detail: 'Invalid string length' },
    });
  });

  it('13 tables × 20,000 invalid records: the first problem is named, after checking one record', async () => {
    const text = invalidEverywhere(20_000);
    const parsed = parseBackup(text);
    expect(parsed).toMatchObject({ ok: false, problem: { code: 'invalid' } });
    if (parsed.ok || parsed.problem.code !== 'invalid') return;
    expect(parsed.problem.paths).toEqual([
      'data.workbooks.0.id',
      'data.workbooks.0.createdAt',
      'data.workbooks.0.updatedAt',
    ]);
    let pauses = 0;
    const sliced = await parseBackupInSlices(text, async () => void pauses++);
    expect(sliced).toEqual(parsed);
    expect(pauses).toBe(0);
  });

  it('a long valid file with one bad record at the end is checked in slices of at most 1,000 records', async () => {
    const count = 12_345;
    const text = validThenOneBad(count);
    const raw = JSON.parse(text) as Record<string, unknown> & { data: Record<string, unknown> };
    const slices: number[] = [];
    const steps = checkBackupRecords(raw, raw.data);
    let step = steps.next();
    for (; !step.done; step = steps.next()) slices.push(step.value);
    expect(step.value).toEqual({
      ok: false,
      paths: [`data.dependencies.${count}.area`],
      detail: expect.any(String),
    });
    // 12,346 records before the bad one (the workbook included): 12 full slices, the rest before the stop.
    expect(slices).toEqual(Array.from({ length: 12 }, () => RECORDS_PER_SLICE));
    let pauses = 0;
    await parseBackupInSlices(text, async () => void pauses++);
    expect(pauses).toBe(Math.floor((count + 1) / RECORDS_PER_SLICE));
  });
});
