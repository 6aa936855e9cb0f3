// "Saving… / All changes saved / Not saved: why", from the autosave queue's status store, the last
// failed one-off write (with its Retry) and the create forms holding a draft not saved yet.
import { useStore } from 'zustand';
import { flushSaves } from '../db/autosave';
import { saveStatusStore } from '../lib/save-status';
import { reportUnexpected } from '../lib/unexpected-error';
import { useT } from '../i18n/use-i18n';
import { registerStoredDrafts } from './form/drafts';

// Drafts left by an earlier visit count from the moment the header can first show.
registerStoredDrafts();

/** `draftScope`: only drafts whose key starts with it count (the open workbook's id). */
export function SaveStatus({ draftScope }: { draftScope?: string }) {
  const t = useT();
  const state = useStore(saveStatusStore, (s) => s.state);
  const failedWrite = useStore(saveStatusStore, (s) => s.failedWrite);
  const hasDraft = useStore(saveStatusStore, (s) =>
    s.drafts.some((key) => draftScope === undefined || key.startsWith(`${draftScope}:`)),
  );
  const failure =
    state.kind === 'error'
      ? { reasonKey: state.reasonKey, retry: () => flushSaves().catch(reportUnexpected) }
      : failedWrite;
  const kind = failure ? 'error' : state.kind === 'saving' ? 'saving' : hasDraft ? 'draft' : 'saved';
  return (
    <div className={`save-status save-${kind}`} role="status" aria-live="polite" data-testid="save-status">
      {kind === 'saving' && t('save.saving')}
      {kind === 'draft' && t('save.draftUnsaved')}
      {kind === 'saved' && t('save.saved')}
      {failure && (
        <>
          <strong>{t('save.notSaved')}</strong>: {t.loose(failure.reasonKey)}{' '}
          <button type="button" className="link-button" onClick={() => failure.retry()}>
            {t('save.retry')}
          </button>
        </>
      )}
    </div>
  );
}
