// Passphrase-protected backups: the envelope, the production minimum, and every damaged byte.
import { describe, expect, it } from 'vitest';
import { exportBackup, readBackupText, serializeBackup } from '../../src/db/backup';
import { createRecord } from '../../src/db/records';
import { createWorkbook } from '../../src/db/workbooks';
import {
  decryptBackupText,
  encryptBackupText,
  ENCRYPTED_FORMAT,
  looksEncrypted,
  MAX_ITERATIONS,
  MIN_ITERATIONS,
} from '../../src/lib/encrypted-backup';
import { dumpDatabase } from './helpers/db-dump';

const FAST = 1000; // only in this test file, so hundreds of decryptions stay fast

describe('encrypted backups', () => {
  it('uses AES-256-GCM and PBKDF2-SHA256 with 600,000 iterations, fresh salt and IV per file', async () => {
    const a = JSON.parse(await encryptBackupText('{"x":1}', 'correct horse battery'));
    const b = JSON.parse(await encryptBackupText('{"x":1}', 'correct horse battery'));
    expect(a).toMatchObject({
      format: ENCRYPTED_FORMAT,
      formatVersion: 1,
      kdf: { name: 'PBKDF2', hash: 'SHA-256', iterations: MIN_ITERATIONS },
      cipher: { name: 'AES-GCM', keyLength: 256 },
    });
    expect(MIN_ITERATIONS).toBeGreaterThanOrEqual(600_000);
    expect(a.kdf.salt).not.toBe(b.kdf.salt);
    expect(a.cipher.iv).not.toBe(b.cipher.iv);
    expect(a.ciphertext).not.toBe(b.ciphertext);
    expect(atob(a.kdf.salt)).toHaveLength(16);
    expect(atob(a.cipher.iv)).toHaveLength(12);
    expect(JSON.stringify(a)).not.toContain('"x"');
    expect(await decryptBackupText(JSON.stringify(a), 'correct horse battery')).toEqual({
      ok: true,
      text: '{"x":1}',
    });
    expect(await decryptBackupText(JSON.stringify(a), 'correct horse batterY')).toEqual({
      ok: false,
      code: 'wrongPassphraseOrDamaged',
    });
  });

  it('refuses files whose iteration count is below the minimum or absurdly high', async () => {
    const weak = await encryptBackupText('{}', 'pass phrase', { iterations: FAST });
    expect((await decryptBackupText(weak, 'pass phrase')).ok).toBe(false);
    expect((await decryptBackupText(weak, 'pass phrase', { minIterations: FAST })).ok).toBe(true);
    const absurd = JSON.parse(weak);
    absurd.kdf.iterations = MAX_ITERATIONS + 1;
    const started = Date.now();
    expect((await decryptBackupText(JSON.stringify(absurd), 'pass phrase', { minIterations: FAST })).ok).toBe(
      false,
    );
    expect(Date.now() - started).toBeLessThan(1000); // refused before deriving anything
  });

  it('a Hangul passphrase works however the keyboard composed it (NFC and NFD)', async () => {
    const file = await encryptBackupText('{}', '비밀 문장'.normalize('NFD'), { iterations: FAST });
    expect((await decryptBackupText(file, '비밀 문장'.normalize('NFC'), { minIterations: FAST })).ok).toBe(
      true,
    );
  });

  it('import asks for the passphrase, then reads the backup inside', async () => {
    const w = await createWorkbook({ title: '암호 백업 🔐' });
    await createRecord('scenarios', { workbookId: w.id, title: 'Flood', areas: ['location'] });
    const plain = serializeBackup(await exportBackup());
    const file = await encryptBackupText(plain, 'long passphrase', { iterations: FAST });
    expect(looksEncrypted(file)).toBe(true);
    expect(looksEncrypted(plain)).toBe(false);
    expect(await readBackupText(file)).toEqual({ ok: false, problem: { code: 'encrypted' } });
    const read = await readBackupText(file, 'long passphrase', { minIterations: FAST });
    expect(read.ok).toBe(true);
    if (read.ok) expect(read.envelope.data.workbooks[0]!.title).toBe('암호 백업 🔐');
  });

  it('every flipped byte and every cut past the first 11 characters gives one "wrong passphrase or damaged file" answer and writes nothing', async () => {
    const w = await createWorkbook({ title: 'Small' });
    const envelope = await exportBackup([w.id]);
    // A small file: just the workbook (no seeded catalogue), so every byte can be tried.
    const small = serializeBackup({
      ...envelope,
      data: { ...envelope.data, responsibilities: [], providerChannels: [] },
    });
    const file = Buffer.from(await encryptBackupText(small, 'pass phrase', { iterations: FAST }));
    const before = await dumpDatabase();
    const answers = new Map<string, number>();
    const tally = (code: string) => answers.set(code, (answers.get(code) ?? 0) + 1);
    for (let i = 0; i < file.length; i++) {
      for (const mask of [0x01, 0x80]) {
        const damaged = Buffer.from(file);
        damaged[i] = damaged[i]! ^ mask;
        const result = await readBackupText(damaged.toString('utf8'), 'pass phrase', { minIterations: FAST });
        tally(result.ok ? 'accepted' : result.problem.code);
      }
    }
    for (let cut = 1; cut < file.length; cut++) {
      const result = await readBackupText(file.subarray(0, cut).toString('utf8'), 'pass phrase', {
        minIterations: FAST,
      });
      tally(result.ok ? 'accepted' : result.problem.code);
    }
    // A cut shorter than `{"format":"c` (11 cuts) is the start of any JSON object: "not valid JSON".
    expect(Object.fromEntries(answers)).toEqual({
      wrongPassphraseOrDamaged: file.length * 3 - 12,
      notJson: 11,
    });
    expect(await dumpDatabase()).toBe(before);
    console.info(
      `encrypted file of ${file.length} bytes: ${file.length * 2} flips and ${file.length - 1} cuts refused`,
    );
  });
});
