// Reads and writes of the incidents step. Every one-off write goes through the guarded write path
// (src/db/guarded-write.ts): it resolves to an outcome, never throws, and counts the change.
import { useLiveQuery } from 'dexie-react-hooks';
import { addRecord, guardedWrite, removeRecord, undoRemove } from '../../db/guarded-write';
import { turnLessonIntoAction } from '../../db/lessons';
import { listByWorkbook } from '../../db/records';
import type { z } from 'zod';
import { useAutosaveForm } from '../../components/form/use-autosave-form';
import type { Incident, Lesson } from '../../domain/incident';
import {
  incidentTextFormSchema,
  incidentTimesSchema,
  newLessonSchema,
  type newIncidentSchema,
} from './form-schemas';

export const useIncidents = (workbookId: string) =>
  useLiveQuery(
    async () => ({
      incidents: await listByWorkbook('incidents', workbookId),
      lessons: await listByWorkbook('lessons', workbookId),
    }),
    [workbookId],
  );

/** One incident's lessons, and the scenarios and actions a lesson can become. */
export const useLessonsOf = (workbookId: string, incidentId: string) =>
  useLiveQuery(
    async () => ({
      lessons: (await listByWorkbook('lessons', workbookId)).filter((l) => l.incidentId === incidentId),
      scenarios: await listByWorkbook('scenarios', workbookId),
      actions: await listByWorkbook('mitigationActions', workbookId),
    }),
    [workbookId, incidentId],
  );

export const addIncident = (workbookId: string, values: z.output<typeof newIncidentSchema>) =>
  addRecord('incidents', { ...values, workbookId });
export const removeIncident = (id: string) => removeRecord('incidents', id);
export const restoreIncident = (id: string) => undoRemove('incidents', id);

export const addLesson = (workbookId: string, incidentId: string, text: string) =>
  addRecord('lessons', { workbookId, incidentId, text });
export const removeLesson = (id: string) => removeRecord('lessons', id);
export const restoreLesson = (id: string) => undoRemove('lessons', id);
/** Makes the lesson a mitigation action of the scenario (one transaction; counted as one change). */
export const makeLessonAnAction = (lessonId: string, scenarioId: string) =>
  guardedWrite(() => turnLessonIntoAction(lessonId, scenarioId), { edits: 1 });

// The forms that edit a stored record in place (autosaved).
export const useIncidentForm = (incident: Incident) =>
  useAutosaveForm({ schema: incidentTextFormSchema, table: 'incidents', record: incident });
export const useLessonForm = (lesson: Lesson) =>
  useAutosaveForm({ schema: newLessonSchema, table: 'lessons', record: lesson });

/** Start and end, saved together once the end is not before the start. */
export const useIncidentTimesForm = (incident: Incident) =>
  useAutosaveForm({ schema: incidentTimesSchema, table: 'incidents', record: incident, together: true });
