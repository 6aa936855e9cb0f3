// Remove an approver or a recipient with Undo (the one delete-with-Undo of every list): a failed
// remove shows beside the button, a successful one offers Undo in a toast.
import { useDeleteWithUndo } from '../../components/use-delete-with-undo';
import { WriteError } from '../../components/write-error';
import type { WriteOutcome } from '../../db/guarded-write';
import { useT } from '../../i18n/use-i18n';

export function RemoveButton({
  name,
  label,
  remove,
  undo,
}: {
  name: string;
  label: string;
  remove: () => Promise<WriteOutcome<unknown>>;
  undo: () => Promise<WriteOutcome<unknown>>;
}) {
  const t = useT();
  const action = useDeleteWithUndo({ remove, undo, text: t('versions.removed', { name }) });
  return (
    <>
      <button type="button" className="link-button" disabled={action.busy} onClick={() => action.start()}>
        {label}
      </button>
      <WriteError error={action.error} onRetry={action.retry} />
    </>
  );
}
