// The import dialog's reader (what its worker runs): a refused file gives back only the problem, an
// encrypted one its text (for the passphrase), and the passphrase request opens it.
import { describe, expect, it } from 'vitest';
import { answerBackupRead } from '../../src/db/backup-read';
import { exportBackup, serializeBackup } from '../../src/db/backup';
import { createWorkbook } from '../../src/db/workbooks';
import { encryptBackupText } from '../../src/lib/encrypted-backup';
import { invalidEverywhere } from './helpers/big-backup';

const file = (text: string) => ({ kind: 'file' as const, file: new Blob([text]) });

describe('reading a chosen backup (the worker answer)', () => {
  it('refuses a broken file with its first problem and keeps no text', async () => {
    expect(await answerBackupRead(file(invalidEverywhere(50)))).toMatchObject({
      parsed: {
        ok: false,
        problem: {
          code: 'invalid',
          paths: ['data.workbooks.0.id', 'data.workbooks.0.createdAt', 'data.workbooks.0.updatedAt'],
        },
      },
      text: null,
    });
    expect(await answerBackupRead(file('{'))).toMatchObject({
      parsed: { ok: false, problem: { code: 'notJson' } },
      text: null,
    });
  });

  it('accepts a backup, and opens an encrypted one with its passphrase', async () => {
    await createWorkbook({ title: 'Plan' });
    const text = serializeBackup(await exportBackup());
    const plain = await answerBackupRead(file(text));
    expect(plain.parsed.ok && plain.parsed.envelope.data.workbooks.map((w) => w.title)).toEqual(['Plan']);
    const sealed = await encryptBackupText(text, 'correct horse battery');
    const asked = await answerBackupRead(file(sealed));
    expect(asked).toMatchObject({ parsed: { ok: false, problem: { code: 'encrypted' } }, text: sealed });
    const opened = await answerBackupRead({
      kind: 'text',
      text: sealed,
      passphrase: 'correct horse battery',
    });
    expect(opened.parsed.ok && opened.parsed.envelope.data.workbooks.map((w) => w.title)).toEqual(['Plan']);
    const wrong = await answerBackupRead({ kind: 'text', text: sealed, passphrase: 'wrong' });
    expect(wrong.parsed).toEqual({ ok: false, problem: { code: 'wrongPassphraseOrDamaged' } });
  });
});
