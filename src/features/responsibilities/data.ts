// Reads, writes and rules of the responsibilities step. Every one-off write goes through the guarded
// write path (src/db/guarded-write.ts): it resolves to an outcome, never throws, and counts the change.
import { useLiveQuery } from 'dexie-react-hooks';
import { useAutosaveForm } from '../../components/form/use-autosave-form';
import type { z } from 'zod';
import { addRecord, changeRecord } from '../../db/guarded-write';
import { listByWorkbook } from '../../db/records';
import { requiredShortText } from '../../domain/common';
import { decisionFormSchema } from '../../domain/decision';
import {
  responsibilityItemSchema,
  type ResponsibilityItem,
  type ReviewStatus,
} from '../../domain/responsibility';
import { todayIso } from '../../lib/dates';

export const useResponsibilities = (workbookId: string) =>
  useLiveQuery(() => listByWorkbook('responsibilities', workbookId), [workbookId]);

type NewItem = Pick<
  z.output<typeof responsibilityItemSchema>,
  'title' | 'description' | 'area' | 'owner' | 'phase' | 'responsiblePerson'
>;

/** An item of our own (no catalogue key: its text is the planner's). */
export const addResponsibility = (workbookId: string, values: NewItem) =>
  addRecord('responsibilities', { ...values, workbookId, catalogueKey: null });

/** Hidden items stay stored (and restorable); they leave the checklist and the plan. */
export const setResponsibilityHidden = (id: string, hidden: boolean) =>
  changeRecord('responsibilities', id, { hidden });

/**
 * The review date after the status changed: reviewing an item dates the review today, unless the
 * planner already gave a date; going back to "not reviewed" keeps whatever date is there.
 */
export function reviewedDateAfterStatus(
  status: ReviewStatus,
  reviewedDate: string | null,
  today = todayIso(),
): string | null {
  return status !== 'not_reviewed' && !reviewedDate ? today : reviewedDate;
}

const itemFormSchema = responsibilityItemSchema.pick({
  area: true,
  owner: true,
  phase: true,
  title: true,
  description: true,
  reviewStatus: true,
  responsiblePerson: true,
  notes: true,
  reviewedDate: true,
});
/** An item of our own has no catalogue text to fall back on, so it needs a title. */
const customItemFormSchema = itemFormSchema.extend({ title: requiredShortText() });

/** The checklist item's form, edited in place (autosaved). */
export const useChecklistItemForm = (item: ResponsibilityItem) =>
  useAutosaveForm({
    schema: item.catalogueKey ? itemFormSchema : customItemFormSchema,
    table: 'responsibilities',
    record: item,
  });

/** The item's leadership-decision fields (an open gap leadership must decide on), autosaved. */
export const useItemDecisionForm = (item: ResponsibilityItem) =>
  useAutosaveForm({ schema: decisionFormSchema, table: 'responsibilities', record: item });
