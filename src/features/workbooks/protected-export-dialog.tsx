// "Export with a passphrase": the same backup, encrypted (AES-256-GCM, PBKDF2 600,000 rounds)
// before it leaves the page. The crypto code loads on submit.
import { useState } from 'react';
import { Dialog } from '../../components/dialog';
import { showToast } from '../../components/toast';
import { useT } from '../../i18n/use-i18n';
import { downloadBlob } from '../../lib/download';
import { exportedMessage } from './export-backup-button';

const MIN_LENGTH = 8;

type Props = { workbookId?: string; title?: string; onClose: () => void };

/** The passphrase dialog; opened by ExportBackupButton, which loads this module on first click. */
export function ProtectedExportDialog({ workbookId, title, onClose }: Props) {
  const t = useT();
  const [passphrase, setPassphrase] = useState('');
  const [repeat, setRepeat] = useState('');
  const [busy, setBusy] = useState(false);
  const [failed, setFailed] = useState<string | null>(null);
  const [touched, setTouched] = useState(false);
  const error =
    passphrase.length < MIN_LENGTH
      ? t('backup.passphraseTooShort')
      : passphrase !== repeat
        ? t('backup.passphraseMismatch')
        : null;
  const close = onClose;
  return (
    <>
      <Dialog open onClose={close} title={t('backup.exportProtectedTitle')}>
        <form
          noValidate
          onSubmit={(e) => {
            e.preventDefault();
            setTouched(true);
            if (error) return;
            setBusy(true);
            setFailed(null);
            (async () => {
              const { backupFile, noteBackupSaved } = await import('../../db/backup-export');
              // Unsaved edits (a full disk) go in too; only a complete file resets the reminder.
              const made = await backupFile({
                workbookIds: workbookId ? [workbookId] : undefined,
                title,
                passphrase,
              });
              downloadBlob(made.blob, made.fileName);
              await noteBackupSaved(made);
              showToast({ text: exportedMessage(t, made.fileName, made.missing.length) });
              close();
            })()
              .catch((e: unknown) => setFailed(String(e).slice(0, 200)))
              .finally(() => setBusy(false));
          }}
        >
          <p className="muted">{t('backup.exportProtectedHint')}</p>
          <label className="field">
            {t('backup.passphrase')}
            <input
              type="password"
              autoComplete="new-password"
              value={passphrase}
              onChange={(e) => setPassphrase(e.target.value)}
              aria-invalid={(touched && error !== null) || undefined}
              aria-describedby="protected-export-error"
            />
          </label>
          <label className="field">
            {t('backup.passphraseRepeat')}
            <input
              type="password"
              autoComplete="new-password"
              value={repeat}
              onChange={(e) => setRepeat(e.target.value)}
              aria-invalid={(touched && error !== null) || undefined}
              aria-describedby="protected-export-error"
            />
          </label>
          <p
            id="protected-export-error"
            className="field-error"
            role={touched && error ? 'alert' : undefined}
          >
            {touched && error}
          </p>
          {failed !== null && (
            <p className="field-error" role="alert">
              {t('backup.exportFailed', { detail: failed })}
            </p>
          )}
          <div className="form-actions">
            <button type="submit" disabled={busy}>
              {busy ? t('backup.encrypting') : t('backup.exportProtectedSubmit')}
            </button>
            <button type="button" className="secondary" onClick={close}>
              {t('common.cancel')}
            </button>
          </div>
        </form>
      </Dialog>
    </>
  );
}
