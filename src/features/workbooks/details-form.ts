// The workbook's own facts, autosaved. Kept apart from data.ts: the workbook list (first screen)
// imports data.ts, and this pulls in the autosave queue, which the first screen does not need.
import { useAutosaveForm } from '../../components/form/use-autosave-form';
import { workbookFormSchema, type Workbook } from '../../domain/workbook';

export const useWorkbookDetailsForm = (workbook: Workbook) =>
  useAutosaveForm({ schema: workbookFormSchema, table: 'workbooks', record: workbook });
