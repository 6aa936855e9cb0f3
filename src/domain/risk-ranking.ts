// The one risk ranking: the order the plan's decision page, its summary, its Scenarios section, the
// overview and the scenario list all use, so "the top three" are the same three everywhere. Ties
// are broken by a stated rule, and the plan says how many scenarios share the top score.
import { riskScore, type Scenario } from './scenario';

type Rankable = Pick<Scenario, 'likelihood' | 'impact' | 'order' | 'createdAt' | 'id'>;

/**
 * Highest score (likelihood × impact) first; on equal scores the higher impact first (the worse
 * outcome matters more than the likelier one), then the planner's own order of the scenario list,
 * then the older record. Stated in the plan as `planExport.decisions.tieRule`.
 */
export function compareRisk(a: Rankable, b: Rankable): number {
  return (
    riskScore(b) - riskScore(a) ||
    b.impact - a.impact ||
    a.order - b.order ||
    a.createdAt.localeCompare(b.createdAt) ||
    a.id.localeCompare(b.id)
  );
}

export const rankRisks = <T extends Rankable>(scenarios: readonly T[]): T[] =>
  [...scenarios].sort(compareRisk);

export type TopRisks<T> = {
  /** The first `count` of the ranking. */
  shown: T[];
  /** The highest score, and how many scenarios have it (more than shown: the plan says so). */
  topScore: number;
  atTopScore: number;
};

export function topRisks<T extends Rankable>(scenarios: readonly T[], count: number): TopRisks<T> {
  const ranked = rankRisks(scenarios);
  const topScore = ranked.length === 0 ? 0 : riskScore(ranked[0]!);
  return {
    shown: ranked.slice(0, count),
    topScore,
    atTopScore: ranked.filter((s) => riskScore(s) === topScore).length,
  };
}
