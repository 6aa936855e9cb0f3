// Reads and writes of the risk areas step: one answer per question (the newest live one whatever its
// id, see domain/answers.ts; made on the first edit with a deterministic id) and the dependency lists.
import { useLiveQuery } from 'dexie-react-hooks';
import { useAutosaveForm } from '../../components/form/use-autosave-form';
import { queuePatch } from '../../db/autosave';
import { getDb } from '../../db/db';
import { addRecord, removeRecord, undoRemove } from '../../db/guarded-write';
import { listByWorkbook } from '../../db/records';
import { currentAnswerFor, currentAnswers } from '../../domain/answers';
import { z } from 'zod';
import {
  areaAnswerId,
  areaAnswerSchema,
  dependencySchema,
  type Area,
  type AreaAnswer,
  type Dependency,
} from '../../domain/risk-areas';

/** The answers that count, one per question (see domain/answers.ts). */
export const useAreaAnswers = (workbookId: string) =>
  useLiveQuery(async () => currentAnswers(await listByWorkbook('areaAnswers', workbookId)), [workbookId]);

export const useDependencies = (workbookId: string) =>
  useLiveQuery(() => listByWorkbook('dependencies', workbookId), [workbookId]);

type AnswerPatch = Partial<Pick<AreaAnswer, 'answer' | 'rating'>>;

/** The fixed fields of a question's answer, for the autosave queue to make it on the first edit. */
export const answerCreateFields = (workbookId: string, area: Area, questionKey: string) => ({
  workbookId,
  area,
  questionKey,
});

/**
 * What the editor binds to: the answer that counts (currentAnswers, whatever its id), or, before
 * the first edit, an empty one under the deterministic id it will be made with.
 */
export function answerRecordFor(workbookId: string, questionKey: string, stored: AreaAnswer | undefined) {
  return (
    stored ?? {
      id: areaAnswerId(workbookId, questionKey),
      answer: '',
      rating: 'not_assessed' as const,
    }
  );
}

/**
 * Saves part of a question's answer through the autosave queue: written to the answer that
 * already holds the question, whatever its id (so a file's answer is edited, never doubled), or
 * made with the deterministic id on the first edit.
 */
export async function saveAreaAnswer(
  workbookId: string,
  area: Area,
  questionKey: string,
  patch: AnswerPatch,
) {
  const rows = await getDb().areaAnswers.where('workbookId').equals(workbookId).toArray();
  const existing = currentAnswerFor(rows, area, questionKey);
  queuePatch('areaAnswers', existing?.id ?? areaAnswerId(workbookId, questionKey), patch, {
    baseRev: existing?.rev ?? null,
    create: answerCreateFields(workbookId, area, questionKey),
  });
}

/** Dependency writes go through the guarded write path: they resolve to an outcome, never throw. */
export const addDependency = (workbookId: string, area: Area, name: string) =>
  addRecord('dependencies', { workbookId, area, name });

export const removeDependency = (id: string) => removeRecord('dependencies', id);
export const restoreDependency = (id: string) => undoRemove('dependencies', id);

/** What a dependency row edits (and what a new one needs: a name). */
export const dependencyRowSchema = dependencySchema.pick({ name: true, notes: true });
export const useDependencyForm = (dependency: Dependency) =>
  useAutosaveForm({ schema: dependencyRowSchema, table: 'dependencies', record: dependency });

const questionSchema = z.object({
  answer: areaAnswerSchema.shape.answer,
  rating: areaAnswerSchema.shape.rating,
});

/** A question's answer and rating, autosaved; the answer record is made on the first edit. */
export const useAnswerForm = (
  workbookId: string,
  area: Area,
  questionKey: string,
  stored: AreaAnswer | undefined,
) =>
  useAutosaveForm({
    schema: questionSchema,
    table: 'areaAnswers',
    record: answerRecordFor(workbookId, questionKey, stored),
    create: answerCreateFields(workbookId, area, questionKey),
  });
