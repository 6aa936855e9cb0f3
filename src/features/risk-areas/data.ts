// Reads and writes of the risk areas step: one answer per question (made on first edit, with a
// deterministic id) and the per-area dependency lists.
import { useLiveQuery } from 'dexie-react-hooks';
import { queuePatch } from '../../db/autosave';
import { createRecord, getRecord, listByWorkbook, softDeleteRecord, undeleteRecord } from '../../db/records';
import { areaAnswerId, type Area, type AreaAnswer } from '../../domain/risk-areas';
import { saveStatusStore } from '../../lib/save-status';

export const useAreaAnswers = (workbookId: string) =>
  useLiveQuery(() => listByWorkbook('areaAnswers', workbookId), [workbookId]);

export const useDependencies = (workbookId: string) =>
  useLiveQuery(() => listByWorkbook('dependencies', workbookId), [workbookId]);

type AnswerPatch = Partial<Pick<AreaAnswer, 'answer' | 'rating'>>;

// Creating the record is async: the first edit starts it (synchronously registered here), and
// edits typed meanwhile wait for it and then patch, so no second create is ever attempted.
const ensuring = new Map<string, Promise<'created' | 'existed'>>();

export async function saveAreaAnswer(
  workbookId: string,
  area: Area,
  questionKey: string,
  patch: AnswerPatch,
) {
  const id = areaAnswerId(workbookId, questionKey);
  const pending = ensuring.get(id);
  if (pending) {
    await pending.catch(() => undefined);
    queuePatch('areaAnswers', id, patch);
    return;
  }
  const ensure = (async () => {
    if (await getRecord('areaAnswers', id)) return 'existed' as const;
    saveStatusStore.getState().set({ kind: 'saving' });
    await createRecord('areaAnswers', { id, workbookId, area, questionKey, ...patch });
    saveStatusStore.getState().set({ kind: 'saved', at: Date.now() });
    return 'created' as const;
  })();
  ensuring.set(id, ensure);
  try {
    if ((await ensure) === 'existed') queuePatch('areaAnswers', id, patch);
  } finally {
    ensuring.delete(id);
  }
}

export async function addDependency(workbookId: string, area: Area, name: string) {
  return createRecord('dependencies', {
    workbookId,
    area,
    name,
  });
}

export const removeDependency = (id: string) => softDeleteRecord('dependencies', id);
export const restoreDependency = (id: string) => undeleteRecord('dependencies', id);
