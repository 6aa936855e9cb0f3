// Reads and writes of the Versions step: publish a version (the whole workbook serialised once),
// move it through review to approval with the planner's recorded sign-offs, restore one as a new
// workbook; the approvers, the distribution list, review triggers and the review date. Every write
// goes through the guarded write path; an approved version is refused by records.ts itself.
import { useLiveQuery } from 'dexie-react-hooks';
import {
  addRecord,
  changeRecord,
  guardedWrite,
  removeRecord,
  undoRemove,
  type WriteOutcome,
} from '../../db/guarded-write';
import { noteChanges } from '../../db/meta';
import { createRecord, listByWorkbook, patchRecord } from '../../db/records';
import { copyWithNewIds, loadSnapshot, putSnapshot } from '../../db/workbooks';
import {
  canMoveTo,
  checkPublish,
  type PlanVersion,
  type PublishProblem,
  type ReviewTriggerKind,
  type SignOff,
  type VersionStatus,
} from '../../domain/plan-version';
import { parseVersion, serialiseVersion } from '../../domain/version-snapshot';
import type { Workbook } from '../../domain/workbook';

export type PublishOutcome =
  WriteOutcome<PlanVersion> | { ok: false; problems: { number?: PublishProblem; summary?: PublishProblem } };

/** Publishes the workbook as it is now: validated number, one record holding the snapshot. */
export async function publishVersion(
  workbookId: string,
  input: { number: string; summary: string; date: string },
): Promise<PublishOutcome> {
  const snapshot = await loadSnapshot(workbookId);
  if (!snapshot) return { ok: false, error: { kind: 'failed', reasonKey: 'save.gone', detail: workbookId } };
  const checked = checkPublish(input, snapshot.planVersions);
  if (!checked.ok) return { ok: false, problems: { number: checked.number, summary: checked.summary } };
  return guardedWrite(() =>
    createRecord('planVersions', {
      workbookId,
      major: checked.major,
      minor: checked.minor,
      summary: input.summary.trim(),
      publishedDate: input.date,
      status: 'draft',
      snapshot: serialiseVersion(snapshot),
    }),
  );
}

/** A status step (draft → in review → approved, or back to draft from review). */
export function moveVersion(version: PlanVersion, to: VersionStatus) {
  if (!canMoveTo(version.status, to, version.signOffs.length)) {
    return Promise.resolve<WriteOutcome<PlanVersion>>({
      ok: false,
      error: { kind: 'failed', reasonKey: 'save.invalid', detail: `${version.status} → ${to}` },
    });
  }
  return guardedWrite(() => patchRecord('planVersions', version.id, { status: to }), { edits: 1 });
}

/** Records one sign-off (the planner records it; the app does not authenticate anyone). */
export const recordSignOff = (version: PlanVersion, signOff: SignOff) =>
  guardedWrite(() => patchRecord('planVersions', version.id, { signOffs: [...version.signOffs, signOff] }), {
    edits: 1,
  });

/** The version's content as a new workbook with fresh ids (the workbook copy code). */
export async function restoreAsWorkbook(version: PlanVersion, title: string) {
  return guardedWrite(async () => {
    const content = parseVersion(version.snapshot);
    if (!content) throw new Error('The version cannot be read');
    const copy = copyWithNewIds(content, { title: title.slice(0, 300) });
    await putSnapshot(copy);
    noteChanges();
    return copy.workbook;
  });
}

export const addApprover = (workbookId: string, values: { name: string; role: string }) =>
  addRecord('approvers', { workbookId, ...values });
export const editApprover = (id: string, values: { name: string; role: string }) =>
  changeRecord('approvers', id, values);
export const removeApprover = (id: string) => removeRecord('approvers', id);
export const restoreApprover = (id: string) => undoRemove('approvers', id);

export const addRecipient = (
  workbookId: string,
  values: { name: string; role: string; copyNumber: number },
) => addRecord('distributionList', { workbookId, ...values });
export const editRecipient = (id: string, values: { name: string; role: string; copyNumber: number }) =>
  changeRecord('distributionList', id, values);
export const removeRecipient = (id: string) => removeRecord('distributionList', id);
export const restoreRecipient = (id: string) => undoRemove('distributionList', id);

export const raiseTrigger = (
  workbookId: string,
  values: { kind: ReviewTriggerKind; date: string; note: string },
) => addRecord('reviewTriggers', { workbookId, ...values });
export const removeTrigger = (id: string) => removeRecord('reviewTriggers', id);

/** The review is done: the next one is due a cycle from today, and open triggers are handled. */
export const markReviewed = (workbook: Workbook, date: string) =>
  changeRecord('workbooks', workbook.id, { lastReviewDate: date });

/** Everything the Versions step shows, live. */
export const useVersionsData = (workbookId: string) =>
  useLiveQuery(async () => {
    const [versions, approvers, distribution, triggers, incidents] = await Promise.all([
      listByWorkbook('planVersions', workbookId),
      listByWorkbook('approvers', workbookId),
      listByWorkbook('distributionList', workbookId),
      listByWorkbook('reviewTriggers', workbookId),
      listByWorkbook('incidents', workbookId),
    ]);
    return { versions, approvers, distribution, triggers, incidents };
  }, [workbookId]);

/** The whole workbook, live (the overview's version state and the comparison with the draft). */
export const useSnapshot = (workbookId: string) => useLiveQuery(() => loadSnapshot(workbookId), [workbookId]);
