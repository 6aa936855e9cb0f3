// What the plan document says about the business impact analysis, computed once from stored
// records: processes by tier with their objectives and whether their dependencies let them be met,
// the dependency gaps, the single points of failure, and per scenario what the engine finds.
import type { BiaAlternative, BiaDependency, BiaProcess, BiaResource, BiaScenarioImpactInput } from './bia';
import { effectiveMtpd } from './bia';
import { runEngine } from './bia-engine';
import { rollUp } from './bia-rollup';
import { graphFromRecords, SCENARIO_LINE_HOURS } from './bia-scenario';

export type ReportRecords = {
  processes: readonly BiaProcess[];
  resources: readonly BiaResource[];
  dependencies: readonly BiaDependency[];
  alternatives: readonly BiaAlternative[];
  scenarios: readonly { id: string; title: string }[];
  scenarioImpacts: readonly (BiaScenarioImpactInput & { scenarioId: string })[];
};

/** "met": back within the RTO even if everything it needs fails; "notMet": not; "noRto": no RTO set. */
export type CanMeet = 'met' | 'notMet' | 'noRto';

export type ReportProcess = {
  process: BiaProcess;
  mtpdHours: number | null;
  /** The hour it can be back when every resource it needs fails for its own recovery time. */
  backAt: number;
  canMeet: CanMeet;
};

export type ScenarioFinding = {
  scenarioId: string;
  title: string;
  /** Tier-1 processes whose RTO is breached within SCENARIO_LINE_HOURS. */
  tierOneBrokenEarly: number;
  /** Processes that breach their RTO, earliest breach first, with when they are back. */
  breaches: { processId: string; rtoBreachAt: number; mtpdBreachAt: number | null; backAt: number }[];
};

export type BiaReport = {
  /** Tier 1 first; within a tier, in list order. */
  processes: ReportProcess[];
  gaps: { processId: string; resourceId: string | null; backAt: number; rtoHours: number }[];
  singlePoints: { resourceId: string; processIds: string[] }[];
  keyPeople: string[];
  cycles: string[][];
  /** Only scenarios that take out at least one resource. */
  scenarios: ScenarioFinding[];
};

export function biaReport(records: ReportRecords): BiaReport {
  const graph = graphFromRecords({
    processes: [...records.processes],
    resources: [...records.resources],
    dependencies: [...records.dependencies],
    alternatives: [...records.alternatives],
  });
  const flags = rollUp(graph);
  const processes = records.processes
    .map((process, index) => ({ process, index }))
    .sort((a, b) => a.process.tier - b.process.tier || a.index - b.index)
    .map(({ process }): ReportProcess => {
      const backAt = flags.backAt.get(process.id) ?? 0;
      return {
        process,
        mtpdHours: effectiveMtpd(process),
        backAt,
        canMeet: process.rtoHours === null ? 'noRto' : backAt <= process.rtoHours ? 'met' : 'notMet',
      };
    });
  const tier = new Map(records.processes.map((p) => [p.id, p.tier]));
  const scenarios = records.scenarios.flatMap((s): ScenarioFinding[] => {
    const impacts = records.scenarioImpacts.filter((i) => i.scenarioId === s.id);
    if (impacts.length === 0) return [];
    const result = runEngine(
      graph,
      impacts.map((i) => ({
        resourceId: i.resourceId,
        hours: i.outageHours,
        staffSharePercent: i.staffSharePercent,
      })),
    );
    const breaches = result.processes
      .filter((o) => o.rtoBreachAt !== null)
      .map((o) => ({
        processId: o.processId,
        rtoBreachAt: o.rtoBreachAt!,
        mtpdBreachAt: o.mtpdBreachAt,
        backAt: o.downUntil,
      }))
      .sort((a, b) => a.rtoBreachAt - b.rtoBreachAt);
    return [
      {
        scenarioId: s.id,
        title: s.title,
        tierOneBrokenEarly: breaches.filter(
          (b) => tier.get(b.processId) === 1 && b.rtoBreachAt <= SCENARIO_LINE_HOURS,
        ).length,
        breaches,
      },
    ];
  });
  return {
    processes,
    gaps: flags.gaps.map((g) => ({
      processId: g.processId,
      resourceId: g.causeResourceId,
      backAt: g.backAt,
      rtoHours: g.rtoHours,
    })),
    singlePoints: flags.singlePoints,
    keyPeople: flags.keyPeople,
    cycles: flags.cycles,
    scenarios,
  };
}
