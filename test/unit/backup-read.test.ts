// The import dialog's reader (what its worker runs): a refused file gives back only the problem, an
// encrypted one its text (for the passphrase), and the passphrase request opens it. The worker
// started ahead (while the user picks a file) answers the next request, or is ended unused.
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  answerBackupRead,
  readBackupOffThread,
  warmBackupReader,
  type BackupReadRequest,
} from '../../src/db/backup-read';
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

/** Stands in for the browser's Worker: answers as the real worker does, or fails to start. */
class FakeWorker {
  static made: FakeWorker[] = [];
  static failToStart = false;
  onmessage: ((event: { data: unknown }) => void) | null = null;
  onerror: ((event: { message: string }) => void) | null = null;
  terminated = false;
  requests = 0;
  constructor() {
    FakeWorker.made.push(this);
    if (FakeWorker.failToStart) queueMicrotask(() => this.onerror?.({ message: 'blocked' }));
  }
  postMessage(request: BackupReadRequest) {
    this.requests++;
    answerBackupRead(request).then(
      (answer) => this.onmessage?.({ data: answer }),
      (error: unknown) => this.onerror?.({ message: String(error) }),
    );
  }
  terminate() {
    this.terminated = true;
  }
}

describe('the reader started ahead', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
    FakeWorker.made = [];
    FakeWorker.failToStart = false;
  });
  const broken = file('{');

  it('answers the next request, and ends once it has answered', async () => {
    vi.stubGlobal('Worker', FakeWorker);
    const stop = warmBackupReader();
    expect(FakeWorker.made).toHaveLength(1);
    const answer = await readBackupOffThread(broken);
    expect(answer.parsed).toMatchObject({ ok: false, problem: { code: 'notJson' } });
    expect(FakeWorker.made).toHaveLength(1);
    expect(FakeWorker.made[0]).toMatchObject({ requests: 1, terminated: true });
    stop(); // the dialog closes later: nothing more to end
    await readBackupOffThread(broken);
    expect(FakeWorker.made).toHaveLength(2); // the next request starts its own
  });

  it('is ended unused when the dialog closes, and started only once while open', async () => {
    vi.stubGlobal('Worker', FakeWorker);
    const stop = warmBackupReader();
    warmBackupReader();
    expect(FakeWorker.made).toHaveLength(1);
    stop();
    expect(FakeWorker.made[0]).toMatchObject({ requests: 0, terminated: true });
    await readBackupOffThread(broken);
    expect(FakeWorker.made).toHaveLength(2);
    expect(FakeWorker.made[1]).toMatchObject({ requests: 1, terminated: true });
  });

  it('that failed to start before its request: the page reads the file itself', async () => {
    vi.stubGlobal('Worker', FakeWorker);
    FakeWorker.failToStart = true;
    warmBackupReader();
    await Promise.resolve(); // its failure arrives before the user has chosen a file
    const answer = await readBackupOffThread(broken);
    expect(answer.parsed).toMatchObject({ ok: false, problem: { code: 'notJson' } });
    expect(FakeWorker.made).toHaveLength(1);
    expect(FakeWorker.made[0]).toMatchObject({ requests: 0, terminated: true });
  });
});
