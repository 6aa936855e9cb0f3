// A workbook card's Duplicate and Delete (with Undo), through the guarded write path. Loaded just
// after the first screen, which only reads.
import type { Workbook } from '../../domain/workbook';
import { showToast } from '../../components/toast';
import { useDeleteWithUndo } from '../../components/use-delete-with-undo';
import { useGuardedAction } from '../../components/use-guarded-action';
import { WriteError } from '../../components/write-error';
import { useT } from '../../i18n/use-i18n';
import { duplicateWorkbookAs, removeWorkbook, restoreWorkbook } from './data';

export function WorkbookCardActions({ workbook }: { workbook: Workbook }) {
  const t = useT();
  const duplicate = useGuardedAction(duplicateWorkbookAs, {
    onSuccess: () => showToast({ text: t('workbooks.duplicated', { title: workbook.title }) }),
  });
  const remove = useDeleteWithUndo({
    remove: () => removeWorkbook(workbook.id),
    undo: () => restoreWorkbook(workbook.id),
    text: t('workbooks.deleted', { title: workbook.title }),
    toastMs: 8000,
  });
  return (
    <>
      <button
        type="button"
        className="secondary"
        disabled={duplicate.busy}
        onClick={() => duplicate.start(workbook.id, t('workbooks.copySuffix'))}
      >
        {t('workbooks.duplicate')}
      </button>
      <button
        type="button"
        className="danger"
        disabled={remove.busy}
        onClick={() => {
          if (window.confirm(t('workbooks.deleteConfirm', { title: workbook.title }))) remove.start();
        }}
      >
        {t('common.delete')}
      </button>
      <WriteError
        error={duplicate.error ?? remove.error}
        onRetry={duplicate.error ? duplicate.retry : remove.retry}
      />
    </>
  );
}
