// Reads and writes of the risk areas step: one answer per question (the newest live one whatever its
// id, see domain/answers.ts; made on the first edit with a deterministic id) and the dependency lists.
// Each dependency has a BIA resource standing for it (issue 14): it is made or linked in the same
// transaction as the dependency, follows its renames, and leaves with it when nothing else needs
// it (dependency-links.ts).
import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useRef } from 'react';
import { useAutosaveForm } from '../../components/form/use-autosave-form';
import { isFieldPending, queuePatch } from '../../db/autosave';
import { getDb } from '../../db/db';
import { listByWorkbook } from '../../db/records';
import { currentAnswerFor, currentAnswers } from '../../domain/answers';
import type { BiaResource } from '../../domain/bia';
import { resourcesFollowingName } from '../../domain/bia-links';
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

/**
 * The dependencies and, for each, the live BIA resources that stand for it, read in one query so a
 * dependency and its resource renamed in one transaction are never shown half renamed.
 */
export const useDependencies = (workbookId: string) =>
  useLiveQuery(async () => {
    const [dependencies, resources] = await Promise.all([
      listByWorkbook('dependencies', workbookId),
      listByWorkbook('biaResources', workbookId),
    ]);
    const linked = new Map<string, BiaResource[]>();
    for (const r of resources) {
      if (r.riskDependencyId === null) continue;
      linked.set(r.riskDependencyId, [...(linked.get(r.riskDependencyId) ?? []), r]);
    }
    return { dependencies, linked };
  }, [workbookId]);

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

export {
  addDependency,
  linkDependency,
  removeDependency,
  restoreDependency,
  type Removal,
} from './dependency-links';

/** What a dependency row edits (and what a new one needs: a name). */
export const dependencyRowSchema = dependencySchema.pick({ name: true, notes: true });

/**
 * A dependency row's form, autosaved. A rename typed here is carried to each linked resource that
 * had the dependency's name (decided from the stored pair while no edit is pending): queued in the
 * same tick as the name, so both land in the autosave's one transaction (and journal). A resource
 * the planner renamed in the BIA keeps its own name; the row shows it, so the difference is seen.
 */
export function useDependencyForm(dependency: Dependency, linked: readonly BiaResource[]) {
  const form = useAutosaveForm({ schema: dependencyRowSchema, table: 'dependencies', record: dependency });
  const latest = useRef(linked);
  const following = useRef(new Set<string>());
  useEffect(() => {
    latest.current = linked;
    if (isFieldPending('dependencies', dependency.id, 'name')) return;
    if (linked.some((r) => isFieldPending('biaResources', r.id, 'name'))) return;
    following.current = new Set(resourcesFollowingName(dependency.name, linked));
  }, [dependency.id, dependency.name, linked]);
  useEffect(() => {
    const subscription = form.watch((values, { name, type }) => {
      // Only the planner's typing: a value arriving from elsewhere brought its resource with it.
      if (name !== 'name' || type === undefined) return;
      const parsed = dependencyRowSchema.shape.name.safeParse(values.name);
      if (!parsed.success) return;
      for (const r of latest.current)
        if (following.current.has(r.id))
          queuePatch('biaResources', r.id, { name: parsed.data }, { baseRev: r.rev });
    });
    return () => subscription.unsubscribe();
  }, [form]);
  return form;
}

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
