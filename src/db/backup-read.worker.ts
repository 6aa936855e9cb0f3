// Reads and checks a chosen backup file off the page's thread: JSON.parse of a large file is one
// call that cannot be split, so a refused file (however large, however broken) never freezes the
// page. Only the answer comes back: a small problem, or the checked backup.
import { answerBackupRead, type BackupReadRequest } from './backup-read';

self.onmessage = (event: MessageEvent<BackupReadRequest>) => {
  answerBackupRead(event.data).then(
    (answer) => self.postMessage(answer),
    (error: unknown) =>
      self.postMessage({
        parsed: { ok: false, problem: { code: 'internal', detail: String(error) } },
        text: null,
      }),
  );
};
