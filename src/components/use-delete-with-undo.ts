// Delete with Undo, the one way every list removes a row: the delete goes through the guarded
// write path (a failure shows beside the button); once it succeeded a toast offers Undo, and an
// Undo that fails says so in the header's save status and in a toast, both with Retry.
import type { WriteOutcome } from '../db/guarded-write';
import { useT, type T } from '../i18n/use-i18n';
import { reportFailedWrite, saveStatusStore } from '../lib/save-status';
import { reportUnexpected } from '../lib/unexpected-error';
import { showToast } from './toast';
import { useGuardedAction } from './use-guarded-action';

type Options = {
  remove: () => Promise<WriteOutcome<unknown>>;
  undo: () => Promise<WriteOutcome<unknown>>;
  /** The toast's text, e.g. "Contact Kim deleted". */
  text: string;
  /** Runs after the delete succeeded (e.g. leave the deleted record's page). */
  onDeleted?: () => void;
  toastMs?: number;
};

export function useDeleteWithUndo({ remove, undo, text, onDeleted, toastMs }: Options) {
  const t = useT();
  return useGuardedAction(remove, {
    onSuccess: () => {
      onDeleted?.();
      showToast({ text, actionLabel: t('common.undo'), onAction: () => runUndo(undo, t) }, toastMs);
    },
  });
}

/** Runs an Undo (or any write started from a toast, whose control is gone by then). */
export function runUndo(undo: () => Promise<WriteOutcome<unknown>>, t: T) {
  undo()
    .then((outcome) => {
      if (outcome.ok) {
        saveStatusStore.getState().setFailedWrite(null);
        return;
      }
      const again = () => runUndo(undo, t);
      reportFailedWrite({ ...outcome.error, retry: again });
      showToast({
        text: `${t('save.notSaved')}: ${t.loose(outcome.error.reasonKey)}`,
        actionLabel: t('save.retry'),
        onAction: again,
      });
    })
    .catch(reportUnexpected);
}
