// The workbook's sharing panel (on its overview): the server's address, turning sharing on (new
// secrets registered with the server), the invite and read-only links, making new links (the old
// ones stop working), and turning sync off on this device.
import { useState } from 'react';
import type { Workbook } from '../../domain/workbook';
import { TextField } from '../../components/form/field';
import { useGuardedAction } from '../../components/use-guarded-action';
import { WriteError } from '../../components/write-error';
import { useT } from '../../i18n/use-i18n';
import { reportUnexpected } from '../../lib/unexpected-error';
import { rotateSecret, saveSyncName, turnSharingOn, turnSyncOff, useSyncName, useSyncSettings } from './data';
import { inviteLink } from './invite';
import './sync.css';

const defaultServer = () => (/^https?:$/.test(window.location.protocol) ? window.location.origin : '');
const isServer = (text: string) => {
  try {
    return /^https?:$/.test(new URL(text).protocol);
  } catch {
    return false;
  }
};

export default function SharingPanel({ workbook }: { workbook: Workbook }) {
  const t = useT();
  const settings = useSyncSettings(workbook.id);
  const storedName = useSyncName();
  const [server, setServer] = useState(defaultServer);
  const [name, setName] = useState<string | null>(null);
  const [serverError, setServerError] = useState(false);
  const on = useGuardedAction(turnSharingOn);
  const rotate = useGuardedAction(rotateSecret);
  const off = useGuardedAction(turnSyncOff);
  const nameSave = useGuardedAction(saveSyncName);
  if (settings === 'loading') return null;

  const nameField = (
    <TextField
      label={t('sync.yourName')}
      value={name ?? storedName}
      maxLength={80}
      autoComplete="name"
      onChange={(e) => setName(e.target.value)}
      onBlur={() => {
        if (name !== null && name !== storedName) nameSave.start(name);
      }}
    />
  );

  return (
    <section className="page sharing-panel" aria-labelledby="sharing-heading" data-testid="sharing-panel">
      <h2 id="sharing-heading">{t('sync.heading')}</h2>
      <p>{t('sync.intro')}</p>
      {settings === null ? (
        <form
          className="form-grid"
          noValidate
          onSubmit={(e) => {
            e.preventDefault();
            if (!isServer(server)) return setServerError(true);
            setServerError(false);
            if (name !== null && name !== storedName) nameSave.start(name);
            on.start(workbook.id, server);
          }}
        >
          <TextField
            label={t('sync.server')}
            hint={t('sync.serverHint')}
            type="url"
            inputMode="url"
            required
            value={server}
            error={serverError ? { message: 'sync.serverInvalid' } : undefined}
            onChange={(e) => setServer(e.target.value)}
          />
          {nameField}
          <div className="sharing-actions span-2">
            <button type="submit" className="primary" disabled={on.busy}>
              {t('sync.turnOn')}
            </button>
          </div>
          <WriteError error={on.error} onRetry={on.retry} />
        </form>
      ) : (
        <>
          {nameField}
          {settings.readOnly ? null : settings.register ? (
            <p role="status">{t('sync.registering')}</p>
          ) : (
            <>
              <LinkField
                label={t('sync.editLink')}
                testId="edit-link"
                link={inviteLink({
                  v: 1,
                  u: settings.server,
                  w: workbook.id,
                  t: workbook.title,
                  s: settings.secret,
                  r: false,
                })}
              />
              {settings.readSecret && (
                <LinkField
                  label={t('sync.readLink')}
                  testId="read-link"
                  link={inviteLink({
                    v: 1,
                    u: settings.server,
                    w: workbook.id,
                    t: workbook.title,
                    s: settings.readSecret,
                    r: true,
                  })}
                />
              )}
              <p className="field-hint">{t('sync.linkHint')}</p>
            </>
          )}
          {settings.rotateTo && <p role="status">{t('sync.rotating')}</p>}
          <div className="sharing-actions">
            {!settings.readOnly && !settings.register && (
              <button
                type="button"
                disabled={rotate.busy || settings.rotateTo !== null}
                onClick={() => rotate.start(workbook.id, settings)}
              >
                {t('sync.rotate')}
              </button>
            )}
            <button
              type="button"
              disabled={off.busy}
              onClick={() => off.start(workbook.id)}
              aria-describedby="sync-off-hint"
            >
              {t('sync.turnOff')}
            </button>
          </div>
          <p className="field-hint" id="sync-off-hint">
            {t('sync.turnOffHint')}
          </p>
          <WriteError error={rotate.error ?? off.error} onRetry={rotate.error ? rotate.retry : off.retry} />
        </>
      )}
      <WriteError error={nameSave.error} onRetry={nameSave.retry} />
    </section>
  );
}

function LinkField({ label, link, testId }: { label: string; link: string; testId: string }) {
  const t = useT();
  const [copied, setCopied] = useState(false);
  return (
    <div className="sharing-link">
      <TextField
        label={label}
        value={link}
        readOnly
        data-testid={testId}
        onFocus={(e) => e.currentTarget.select()}
      />
      <button
        type="button"
        onClick={() => {
          navigator.clipboard.writeText(link).then(() => setCopied(true), reportUnexpected);
        }}
      >
        {copied ? t('sync.copied') : t('sync.copy')}
      </button>
    </div>
  );
}
