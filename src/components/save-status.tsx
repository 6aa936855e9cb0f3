// "Saving… / All changes saved / Not saved: why", from the autosave queue's status store.
import { useStore } from 'zustand';
import { flushSaves } from '../db/autosave';
import { saveStatusStore } from '../lib/save-status';
import { useT } from '../i18n/use-i18n';

export function SaveStatus() {
  const t = useT();
  const state = useStore(saveStatusStore, (s) => s.state);
  return (
    <div
      className={`save-status save-${state.kind}`}
      role="status"
      aria-live="polite"
      data-testid="save-status"
    >
      {state.kind === 'saving' && t('save.saving')}
      {(state.kind === 'saved' || state.kind === 'idle') && t('save.saved')}
      {state.kind === 'error' && (
        <>
          <strong>{t('save.notSaved')}</strong>: {t.loose(state.reasonKey)}{' '}
          <button type="button" className="link-button" onClick={() => void flushSaves()}>
            {t('save.retry')}
          </button>
        </>
      )}
    </div>
  );
}
