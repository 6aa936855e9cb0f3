// What the exercise log says about the plan, for the PDF and the decision page: the schedule
// (planned exercises, the next one due), the last exercise held with its results (objectives met,
// recovery time against each process's RTO), the findings still open, and the last exercise in
// one sentence in English or Korean. Pure; reads plain records (deleted ones are left out).
import type { BiaProcess } from './bia';
import type { Exercise, ExerciseFinding, ExerciseObjective, ExerciseRecovery } from './exercise';
import type { MitigationAction } from './scenario';

export type ExerciseLog = {
  exercises: readonly Exercise[];
  exerciseObjectives: readonly ExerciseObjective[];
  exerciseRecoveries: readonly ExerciseRecovery[];
  exerciseFindings: readonly ExerciseFinding[];
  biaProcesses: readonly Pick<BiaProcess, 'id' | 'name' | 'rtoHours' | 'deletedAt'>[];
  mitigationActions: readonly Pick<MitigationAction, 'id' | 'owner' | 'status' | 'deletedAt'>[];
};

const live = <T extends { deletedAt: string | null }>(rows: readonly T[]) =>
  rows.filter((r) => r.deletedAt === null);

export type Schedule = {
  /** Planned exercises, earliest first. */
  planned: Exercise[];
  /** The first planned exercise on or after today, or null. */
  nextDue: Exercise | null;
  /** Planned exercises whose date has passed without being held. */
  overdue: Exercise[];
};

export function exerciseSchedule(log: Pick<ExerciseLog, 'exercises'>, today: string): Schedule {
  const planned = live(log.exercises)
    .filter((e) => e.status === 'planned')
    .sort((a, b) => a.date.localeCompare(b.date) || a.title.localeCompare(b.title));
  return {
    planned,
    nextDue: planned.find((e) => e.date >= today) ?? null,
    overdue: planned.filter((e) => e.date < today),
  };
}

export type RecoveryResult = {
  processId: string;
  processName: string;
  achievedHours: number | null;
  targetHours: number | null;
  /** Recovered within the RTO; null when either figure is missing. */
  withinTarget: boolean | null;
};

export type ExerciseResult = {
  exercise: Exercise;
  objectives: ExerciseObjective[];
  met: number;
  notMet: number;
  recoveries: RecoveryResult[];
  /** Processes that took longer than their RTO. */
  beyondTarget: number;
};

export function exerciseResult(log: ExerciseLog, exercise: Exercise): ExerciseResult {
  const objectives = live(log.exerciseObjectives)
    .filter((o) => o.exerciseId === exercise.id)
    .sort((a, b) => a.order - b.order || a.createdAt.localeCompare(b.createdAt));
  const processes = new Map(live(log.biaProcesses).map((p) => [p.id, p]));
  const recoveries = live(log.exerciseRecoveries)
    .filter((r) => r.exerciseId === exercise.id && processes.has(r.processId))
    .map((r): RecoveryResult => {
      const p = processes.get(r.processId)!;
      return {
        processId: p.id,
        processName: p.name,
        achievedHours: r.achievedHours,
        targetHours: p.rtoHours,
        withinTarget: r.achievedHours === null || p.rtoHours === null ? null : r.achievedHours <= p.rtoHours,
      };
    })
    .sort((a, b) => a.processName.localeCompare(b.processName));
  return {
    exercise,
    objectives,
    met: objectives.filter((o) => o.met === true).length,
    notMet: objectives.filter((o) => o.met === false).length,
    recoveries,
    beyondTarget: recoveries.filter((r) => r.withinTarget === false).length,
  };
}

/** The exercise held most recently (by date, then the later record), with its results, or null. */
export function lastExerciseResult(log: ExerciseLog): ExerciseResult | null {
  const held = live(log.exercises)
    .filter((e) => e.status === 'held')
    .sort((a, b) => b.date.localeCompare(a.date) || b.createdAt.localeCompare(a.createdAt));
  return held[0] ? exerciseResult(log, held[0]) : null;
}

export type OpenFinding = { finding: ExerciseFinding; exercise: Exercise; owner: string; hasAction: boolean };

/** Findings not yet dealt with: no action yet, or an action that is not done. Oldest exercise first. */
export function openFindings(log: ExerciseLog): OpenFinding[] {
  const exercises = new Map(live(log.exercises).map((e) => [e.id, e]));
  const actions = new Map(live(log.mitigationActions).map((a) => [a.id, a]));
  return live(log.exerciseFindings)
    .filter((f) => exercises.has(f.exerciseId))
    .flatMap((f): OpenFinding[] => {
      const action = f.actionId ? actions.get(f.actionId) : undefined;
      if (action?.status === 'done') return [];
      const exercise = exercises.get(f.exerciseId)!;
      return [{ finding: f, exercise, owner: action?.owner || f.owner, hasAction: action !== undefined }];
    })
    .sort(
      (a, b) =>
        a.exercise.date.localeCompare(b.exercise.date) ||
        a.finding.order - b.finding.order ||
        a.finding.createdAt.localeCompare(b.finding.createdAt),
    );
}

const typeWords = {
  en: { walkthrough: 'walkthrough', tabletop: 'tabletop', simulation: 'simulation', full: 'full exercise' },
  ko: { walkthrough: '절차 검토', tabletop: '도상 훈련', simulation: '모의 훈련', full: '전면 훈련' },
} as const;

/**
 * The last exercise and its result in one sentence, for the decision page, e.g. "Last exercise:
 * tabletop "Mail outage" on 2026-03-02; 3 of 4 objectives met; 1 process beyond its recovery
 * target." Dates stay ISO so the sentence reads the same in print and on screen.
 */
export function lastExerciseSentence(log: ExerciseLog, lang: 'en' | 'ko'): string {
  const last = lastExerciseResult(log);
  if (!last) return lang === 'ko' ? '아직 실시한 훈련이 없습니다.' : 'No exercise has been held yet.';
  const { exercise: e, objectives, met, recoveries, beyondTarget } = last;
  const type = typeWords[lang][e.type];
  const timed = recoveries.filter((r) => r.withinTarget !== null).length;
  if (lang === 'ko') {
    const parts = [`마지막 훈련: ${e.date} ${type} "${e.title}"`];
    parts.push(objectives.length === 0 ? '목표 없음' : `목표 ${objectives.length}개 중 ${met}개 달성`);
    if (timed > 0) {
      parts.push(
        beyondTarget === 0
          ? '모든 프로세스가 복구 목표 시간 안에 복구됨'
          : `복구 목표 시간을 넘긴 프로세스 ${beyondTarget}개`,
      );
    }
    return `${parts.join(', ')}.`;
  }
  const parts = [`Last exercise: ${type} "${e.title}" on ${e.date}`];
  parts.push(
    objectives.length === 0
      ? 'no objectives recorded'
      : `${met} of ${objectives.length} objective${objectives.length === 1 ? '' : 's'} met`,
  );
  if (timed > 0) {
    parts.push(
      beyondTarget === 0
        ? 'every process recovered within its target'
        : `${beyondTarget} process${beyondTarget === 1 ? '' : 'es'} beyond ${beyondTarget === 1 ? 'its' : 'their'} recovery target`,
    );
  }
  return `${parts.join('; ')}.`;
}
