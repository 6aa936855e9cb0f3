// Which risk-area answer counts: one per workbook and question, whatever ids a file brought. The
// editor, the overview's readiness and the plan PDF all read answers through this one rule.
import type { Area, AreaAnswer } from './risk-areas';

type AnswerLike = Pick<AreaAnswer, 'area' | 'questionKey' | 'deletedAt' | 'updatedAt' | 'rev' | 'id'>;

/** Newer first: the later updatedAt, then the higher rev, then the id (so the pick is stable). */
const newer = (a: AnswerLike, b: AnswerLike) =>
  a.updatedAt !== b.updatedAt ? a.updatedAt > b.updatedAt : a.rev !== b.rev ? a.rev > b.rev : a.id > b.id;

/** Per (area, question), the newest live answer; in the order the answers came. */
export function currentAnswers<T extends AnswerLike>(answers: readonly T[]): T[] {
  const best = new Map<string, T>();
  for (const a of answers) {
    if (a.deletedAt !== null) continue;
    const key = `${a.area}\u0000${a.questionKey}`;
    const held = best.get(key);
    if (!held || newer(a, held)) best.set(key, a);
  }
  const picked = new Set(best.values());
  return answers.filter((a) => picked.has(a));
}

/** The answer that counts for one question, if any. */
export function currentAnswerFor<T extends AnswerLike>(
  answers: readonly T[],
  area: Area,
  questionKey: string,
): T | undefined {
  return currentAnswers(answers).find((a) => a.area === area && a.questionKey === questionKey);
}
