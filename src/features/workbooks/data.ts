// Writes of the workbook list: create, duplicate, delete and undo, through the guarded write path
// (db/workbooks.ts and records.ts count each for the backup reminder).
// The write code loads on first use (the first screen only reads), so a failure to load it is
// reported like a failed write.
import type { WorkbookForm } from '../../domain/workbook';
import { loadCatalogues } from '../../i18n';

const writes = () =>
  Promise.all([
    import('../../db/workbooks'),
    import('../../db/guarded-write'),
    // The words for a failed write, shown beside the button.
    loadCatalogues(['save']),
  ]).then(([workbooks, guarded]) => ({ ...workbooks, ...guarded }));

export async function addWorkbook(values: Partial<WorkbookForm> & { title: string }) {
  const { createWorkbook, guardedWrite } = await writes();
  return guardedWrite(() => createWorkbook(values));
}

export async function duplicateWorkbookAs(id: string, copySuffix: string) {
  const { duplicateWorkbook, guardedWrite } = await writes();
  return guardedWrite(() => duplicateWorkbook(id, copySuffix));
}

export async function removeWorkbook(id: string) {
  const { deleteWorkbook, guardedWrite } = await writes();
  return guardedWrite(() => deleteWorkbook(id));
}

export async function restoreWorkbook(id: string) {
  const { undoDeleteWorkbook, guardedWrite } = await writes();
  return guardedWrite(() => undoDeleteWorkbook(id));
}
