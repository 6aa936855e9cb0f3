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

/** Runs one request in a fresh worker, ended when it answers. */
function inWorker(request: BackupReadRequest): Promise<BackupReadAnswer> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./backup-read.worker.ts', import.meta.url), { type: 'module' });
    const done = () => worker.terminate();
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
