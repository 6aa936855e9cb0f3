// The import dialog's way to read a backup: in a Web Worker (backup-read.worker.ts) where the
// browser has one, so the page stays responsive whatever the file; in the page where it has not.
import { readBackupFile, readBackupText, type ParsedBackup } from './backup-parse';

export type BackupReadRequest =
  { kind: 'file'; file: Blob } | { kind: 'text'; text: string; passphrase: string };

export type BackupReadAnswer = {
  parsed: ParsedBackup;
  /** The text of an encrypted file, kept for the passphrase (null otherwise). */
  text: string | null;
};

/** What the worker does with one request (also the in-page fallback). Never rejects. */
export async function answerBackupRead(request: BackupReadRequest): Promise<BackupReadAnswer> {
  if (request.kind === 'file') {
    const read = await readBackupFile(request.file);
    // Only an encrypted file needs its text again (for the passphrase); anything else stays here.
    const encrypted = !read.parsed.ok && read.parsed.problem.code === 'encrypted';
    return { parsed: read.parsed, text: encrypted ? read.text : null };
  }
  return { parsed: await readBackupText(request.text, request.passphrase), text: null };
}

type Started = { worker: Worker; failed: string | null };

const startWorker = (): Started => {
  const started: Started = {
    worker: new Worker(new URL('./backup-read.worker.ts', import.meta.url), { type: 'module' }),
    failed: null,
  };
  // A worker started ahead may fail before its request is sent: remembered, not lost.
  started.worker.onerror = (event) => {
    started.failed = event.message || 'the backup reader could not start';
  };
  return started;
};

/** A worker started ahead of the next request (see warmBackupReader), not yet used. */
let spare: Started | null = null;

/**
 * Starts the reader's worker while the user is still choosing a file, so its code (the schemas,
 * ~110 KB) is loaded and compiled by then: with a large file, starting it on the choice was about a
 * tenth of an import's time. Returns the stop for a worker never used (the dialog closed).
 */
export function warmBackupReader(): () => void {
  if (typeof Worker === 'undefined') return () => undefined;
  try {
    spare ??= startWorker();
  } catch {
    return () => undefined; // the request will start one (or read in the page) as before
  }
  const mine = spare;
  return () => {
    if (spare !== mine) return; // used: it ends when it answers
    mine.worker.terminate();
    spare = null;
  };
}

/** Runs one request in a fresh worker (the one started ahead, if any), ended when it answers. */
function inWorker(request: BackupReadRequest): Promise<BackupReadAnswer> {
  return new Promise((resolve, reject) => {
    const { worker, failed } = spare ?? startWorker();
    spare = null;
    const done = () => worker.terminate();
    if (failed !== null) {
      done();
      reject(new Error(failed));
      return;
    }
    worker.onmessage = (event: MessageEvent<BackupReadAnswer>) => {
      done();
      resolve(event.data);
    };
    worker.onerror = (event) => {
      done();
      reject(new Error(event.message || 'the backup reader could not start'));
    };
    worker.postMessage(request);
  });
}

/** Reads a backup request off the page's thread where possible; never rejects. */
export async function readBackupOffThread(request: BackupReadRequest): Promise<BackupReadAnswer> {
  if (typeof Worker === 'undefined') return answerBackupRead(request);
  try {
    return await inWorker(request);
  } catch {
    // A worker that cannot start (an old cache, a locked-down browser): read in the page instead.
    return answerBackupRead(request);
  }
}
