// Reads and writes of the risk areas step: one answer per question (made on first edit, with a
// deterministic id) and the per-area dependency lists.
import { useLiveQuery } from 'dexie-react-hooks';
import { queuePatch } from '../../db/autosave';
import {
  createRecord,
  getRecord,
  listByWorkbook,
  nextOrder,
  softDeleteRecord,
  undeleteRecord,
} from '../../db/records';
import { areaAnswerId, type Area, type AreaAnswer, type Dependency } from '../../domain/risk-areas';
import { saveStatusStore } from '../../lib/save-status';

export const useAreaAnswers = (workbookId: string) =>
  useLiveQuery(() => listByWorkbook('areaAnswers', workbookId), [workbookId]);

export const useDependencies = (workbookId: string) =>
  useLiveQuery(() => listByWorkbook('dependencies', workbookId), [workbookId]);

type AnswerPatch = Partial<Pick<AreaAnswer, 'answer' | 'rating'>>;

// Creating the record is async: edits typed meanwhile wait for it, so no second create is attempted.
const creating = new Map<string, Promise<unknown>>();

export async function saveAreaAnswer(
  workbookId: string,
  area: Area,
  questionKey: string,
  patch: AnswerPatch,
) {
  const id = areaAnswerId(workbookId, questionKey);
  const pending = creating.get(id);
  if (pending) await pending.catch(() => undefined);
  if (await getRecord('areaAnswers', id)) {
    queuePatch('areaAnswers', id, patch);
    return;
  }
  saveStatusStore.getState().set({ kind: 'saving' });
  const create = createRecord('areaAnswers', { id, workbookId, area, questionKey, ...patch });
  creating.set(id, create);
  try {
    await create;
    saveStatusStore.getState().set({ kind: 'saved', at: Date.now() });
  } finally {
    creating.delete(id);
  }
}

export async function addDependency(workbookId: string, area: Area, name: string) {
  return createRecord('dependencies', {
    workbookId,
    area,
    name,
    order: await nextOrder('dependencies', workbookId),
  });
}

export const updateDependency = (id: string, patch: Partial<Pick<Dependency, 'name' | 'notes'>>) =>
  queuePatch('dependencies', id, patch);
export const removeDependency = (id: string) => softDeleteRecord('dependencies', id);
export const restoreDependency = (id: string) => undeleteRecord('dependencies', id);
