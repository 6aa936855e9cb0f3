// The exported file is written in parts (never one string of the whole file): the parts together
// are the same characters JSON.stringify writes, for every table and every format-4 fixture, and a
// large version snapshot does not drag the rest of the file into one giant part.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { flushSaves, pendingPatches, queuePatch } from '../../src/db/autosave';
import { parseBackup, serializeBackup, serializeBackupParts } from '../../src/db/backup';
import { backupFile } from '../../src/db/backup-export';
import { createRecord } from '../../src/db/records';
import { createWorkbook } from '../../src/db/workbooks';
import type { BackupEnvelope } from '../../src/domain/backup';
import { publishVersion } from '../../src/features/versions/data';
import { failPutsOnTransaction } from './helpers/raw-idb';

const fixture = (name: string) => readFileSync(join(__dirname, '..', 'fixtures', name), 'utf8');

describe('the backup file in parts', () => {
  it('is the same characters as one JSON.stringify, versions and an unsaved edit included', async () => {
    const w = await createWorkbook({ title: '급여 계획 "본사"' });
    await createRecord('scenarios', { workbookId: w.id, title: '폭설 \\ snow\n"day"', areas: ['location'] });
    for (const number of ['1.0', '1.1']) {
      const outcome = await publishVersion(w.id, { number, summary: `버전 ${number}`, date: '2026-05-01' });
      expect(outcome.ok).toBe(true);
    }
    const removeFault = failPutsOnTransaction('QuotaExceededError', 'workbooks');
    try {
      queuePatch('workbooks', w.id, { scope: '디스크가 가득 찬 동안 입력' });
      await flushSaves();
      expect(pendingPatches()).toHaveLength(1);
      const made = await backupFile({ workbookIds: [w.id], title: '급여 계획' });
      const text = await made.blob.text();
      expect(text).toBe(serializeBackup(made.envelope));
      expect(made.blob.type).toBe('application/json');
      const parsed = parseBackup(text);
      if (!parsed.ok) throw new Error(JSON.stringify(parsed.problem));
      expect(parsed.envelope.data.workbooks[0]!.scope).toBe('디스크가 가득 찬 동안 입력');
      expect(parsed.envelope.data.planVersions.map((v) => v.snapshot)).toEqual(
        made.envelope.data.planVersions.map((v) => v.snapshot),
      );
      expect(parsed.envelope.data.planVersions).toHaveLength(2);
    } finally {
      removeFault();
    }
  });

  it.each([
    'backup-v1.json',
    'backup-v1-every-table.json',
    'backup-v2.json',
    'backup-v3.json',
    'backup-v4.json',
  ])('writes %s, once read, exactly as JSON.stringify does', (name) => {
    const parsed = parseBackup(fixture(name));
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.problem));
    expect(serializeBackupParts(parsed.envelope).join('')).toBe(serializeBackup(parsed.envelope));
  });

  it('leaves out undefined fields and writes an empty table as JSON.stringify does', () => {
    const envelope = {
      format: 'continuity-workbook-backup',
      formatVersion: 4,
      appVersion: undefined,
      exportedAt: '2026-05-01T09:00:00.000Z',
      data: {
        workbooks: [],
        scenarios: [{ id: 's', note: undefined, list: [undefined, 1] }],
        later: undefined,
      },
    } as unknown as BackupEnvelope;
    expect(serializeBackupParts(envelope).join('')).toBe(JSON.stringify(envelope));
  });

  it('keeps large version snapshots in parts of their own size, not one giant string', () => {
    const snapshot = JSON.stringify({ text: '버전 "스냅샷" '.repeat(20_000) });
    const envelope = {
      format: 'continuity-workbook-backup',
      formatVersion: 4,
      appVersion: '1.0.0',
      exportedAt: '2026-05-01T09:00:00.000Z',
      data: {
        workbooks: [{ id: 'w', title: 'Plan' }],
        planVersions: Array.from({ length: 20 }, (_, i) => ({ id: `v${i}`, workbookId: 'w', snapshot })),
      },
    } as unknown as BackupEnvelope;
    const parts = serializeBackupParts(envelope);
    const whole = JSON.stringify(envelope);
    expect(parts.join('')).toBe(whole);
    const record = JSON.stringify(envelope.data.planVersions[0]).length;
    expect(parts.length).toBeGreaterThanOrEqual(20);
    // A part holds at most one such record and the small text gathered before it.
    expect(Math.max(...parts.map((p) => p.length))).toBeLessThan(record + 64 * 1024 + 2);
  });
});
