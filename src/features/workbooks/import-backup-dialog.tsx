// Import a backup: the whole file is checked first; the user sees what will be added or
// replaced and confirms; only then is anything written (in one transaction).
import { useEffect, useState } from 'react';
import {
  importBackup,
  planImport,
  readBackupOffThread,
  warmBackupReader,
  type ParsedBackup,
  type BackupProblem,
  type ImportItem,
  type ImportMode,
  undoImport,
} from '../../db/backup';
import type { BackupEnvelope } from '../../domain/backup';
import { Dialog } from '../../components/dialog';
import { showToast } from '../../components/toast';
import { reportUnexpected } from '../../lib/unexpected-error';
import { useFormat, useT, type T } from '../../i18n/use-i18n';

type State =
  | { step: 'choose' }
  | { step: 'reading' }
  | { step: 'refused'; problem: BackupProblem }
  /** An encrypted file: the text stays in memory until the passphrase opens it. */
  | { step: 'passphrase'; text: string; wrong: boolean }
  | {
      step: 'confirm';
      envelope: BackupEnvelope;
      items: ImportItem[];
      modes: Record<string, ImportMode>;
      repairs: { droppedRecords: number; clearedReferences: number };
    }
  | { step: 'failed'; detail: string };

export function describeProblem(t: T, problem: BackupProblem): string {
  switch (problem.code) {
    case 'tooLarge':
      return t('backup.problem.tooLarge', { limit: `${Math.round(problem.limitBytes / 1024 / 1024)} MB` });
    case 'newerVersion':
      return t('backup.problem.newerVersion', { version: problem.version });
    case 'invalid':
      return t('backup.problem.invalid', { paths: problem.paths.join(', ') || '(root)' });
    case 'inconsistent':
      return t('backup.problem.inconsistent', { detail: problem.detail });
    case 'notJson':
      return t('backup.problem.notJson', { detail: problem.detail });
    case 'internal':
      return t('backup.problem.internal', { detail: problem.detail });
    default:
      return t(`backup.problem.${problem.code}`);
  }
}

export function ImportBackupDialog({ open, onClose }: { open: boolean; onClose: () => void }) {
  const t = useT();
  const fmt = useFormat();
  const [state, setState] = useState<State>({ step: 'choose' });
  // The reader's worker loads while the user picks a file; ended if the dialog closes unused.
  useEffect(() => (open ? warmBackupReader() : undefined), [open]);
  const close = () => {
    setState({ step: 'choose' });
    onClose();
  };

  // Anything unexpected while reading or planning ends the "Reading…" state with a message.
  const failRead = (error: unknown) => setState({ step: 'failed', detail: String(error).slice(0, 300) });

  async function readFile(file: File) {
    // An oversized file is refused from its size (bytes) before it is read into memory.
    setState({ step: 'reading' });
    // Read and checked in a worker: a large or broken file never freezes the page.
    const { parsed, text } = await readBackupOffThread({ kind: 'file', file });
    if (!parsed.ok && parsed.problem.code === 'encrypted' && text !== null) {
      return setState({ step: 'passphrase', text, wrong: false });
    }
    await showPlan(parsed);
  }

  async function confirmImport(confirmed: Extract<State, { step: 'confirm' }>) {
    const result = await importBackup(confirmed.envelope, confirmed.modes, t('workbooks.copySuffix'));
    showToast(
      {
        text: t('backup.imported', { count: result.written.length }),
        actionLabel: t('common.undo'),
        onAction: () => {
          undoImport(result).catch(reportUnexpected);
        },
      },
      15_000,
    );
    close();
  }

  async function showPlan(parsed: ParsedBackup) {
    if (!parsed.ok) return setState({ step: 'refused', problem: parsed.problem });
    const items = await planImport(parsed.envelope);
    // Replace is never the default: a workbook already here is imported as a copy unless the user chooses.
    const modes = Object.fromEntries(
      items.map((i) => [i.workbook.id, (i.exists ? 'copy' : 'add') as ImportMode]),
    );
    setState({ step: 'confirm', envelope: parsed.envelope, items, modes, repairs: parsed.repairs });
  }

  return (
    <Dialog open={open} onClose={close} title={t('backup.importTitle')} wide>
      <label className="field">
        {t('backup.chooseFile')}
        <input
          type="file"
          accept=".json,application/json"
          data-testid="import-file"
          onChange={(e) => {
            const file = e.target.files?.[0];
            if (file) readFile(file).catch(failRead);
          }}
        />
      </label>
      {state.step === 'reading' && <p>{t('backup.reading')}</p>}
      {state.step === 'passphrase' && (
        <PassphrasePrompt
          wrong={state.wrong}
          onSubmit={async (passphrase) => {
            try {
              const { parsed } = await readBackupOffThread({ kind: 'text', text: state.text, passphrase });
              if (!parsed.ok && parsed.problem.code === 'wrongPassphraseOrDamaged') {
                return setState({ ...state, wrong: true });
              }
              await showPlan(parsed);
            } catch (error) {
              failRead(error);
            }
          }}
        />
      )}
      {state.step === 'refused' && (
        <div className="error-box" role="alert">
          <p>
            <strong>{t('backup.refused')}</strong>
          </p>
          <p>{describeProblem(t, state.problem)}</p>
        </div>
      )}
      {state.step === 'failed' && (
        <p className="error-box" role="alert">
          {t('backup.importFailed', { detail: state.detail })}
        </p>
      )}
      {state.step === 'confirm' && (
        <form
          onSubmit={(e) => {
            e.preventDefault();
            confirmImport(state).catch(failRead);
          }}
        >
          <p>
            {t('backup.workbookCount', {
              count: state.items.length,
              date: fmt.dateTime(state.envelope.exportedAt),
            })}
          </p>
          {state.repairs.droppedRecords + state.repairs.clearedReferences > 0 && (
            <p className="muted">
              {t('backup.repaired', {
                dropped: state.repairs.droppedRecords,
                cleared: state.repairs.clearedReferences,
              })}
            </p>
          )}
          {newIdCount(state.items, state.modes) > 0 && (
            <p className="muted" data-testid="import-new-ids">
              {t('backup.newIds', { count: newIdCount(state.items, state.modes) })}
            </p>
          )}
          <ul className="import-plan">
            {state.items.map((item) => (
              <li key={item.workbook.id}>
                <strong>{item.workbook.title}</strong>{' '}
                {item.deletedInFile ? (
                  <span className="badge">{t('backup.deletedInFile')}</span>
                ) : item.exists ? (
                  <fieldset>
                    <legend>{t('backup.willReplace')}</legend>
                    {(['replace', 'copy', 'skip'] as const).map((mode) => (
                      <label key={mode} className="inline">
                        <input
                          type="radio"
                          name={`mode-${item.workbook.id}`}
                          value={mode}
                          checked={state.modes[item.workbook.id] === mode}
                          onChange={() =>
                            setState({ ...state, modes: { ...state.modes, [item.workbook.id]: mode } })
                          }
                        />{' '}
                        {t(
                          mode === 'replace'
                            ? 'backup.replace'
                            : mode === 'copy'
                              ? 'backup.asCopy'
                              : 'backup.skip',
                        )}
                      </label>
                    ))}
                  </fieldset>
                ) : (
                  <span className="badge">{t('backup.willAdd')}</span>
                )}
              </li>
            ))}
          </ul>
          <div className="form-actions">
            <button type="submit">{t('backup.confirmImport')}</button>
            <button type="button" className="secondary" onClick={close}>
              {t('common.cancel')}
            </button>
          </div>
        </form>
      )}
    </Dialog>
  );
}

/** Records that get new ids (copies get new ids anyway, so they are not counted). */
const newIdCount = (items: ImportItem[], modes: Record<string, ImportMode>) =>
  items
    .filter((i) => !i.deletedInFile && (modes[i.workbook.id] === 'add' || modes[i.workbook.id] === 'replace'))
    .reduce((n, i) => n + i.newIds, 0);

function PassphrasePrompt({ wrong, onSubmit }: { wrong: boolean; onSubmit: (p: string) => Promise<void> }) {
  const t = useT();
  const [passphrase, setPassphrase] = useState('');
  const [busy, setBusy] = useState(false);
  return (
    <form
      onSubmit={(e) => {
        e.preventDefault();
        setBusy(true);
        onSubmit(passphrase)
          .catch(reportUnexpected)
          .finally(() => setBusy(false));
      }}
    >
      <p>{t('backup.problem.encrypted')}</p>
      <label className="field">
        {t('backup.passphrase')}
        <input
          type="password"
          autoComplete="off"
          autoFocus
          value={passphrase}
          onChange={(e) => setPassphrase(e.target.value)}
          aria-invalid={wrong || undefined}
          aria-describedby={wrong ? 'passphrase-error' : undefined}
        />
      </label>
      {wrong && (
        <p id="passphrase-error" className="error-box" role="alert">
          {t('backup.problem.wrongPassphraseOrDamaged')}
        </p>
      )}
      <div className="form-actions">
        <button type="submit" disabled={busy || passphrase === ''}>
          {busy ? t('backup.reading') : t('backup.unlock')}
        </button>
      </div>
    </form>
  );
}
