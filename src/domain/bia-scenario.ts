// A scenario's reach into the BIA: the engine's graph from stored records, and the one line the
// scenario page shows ("this scenario breaks 3 tier-1 processes within 4 hours"). Here in domain so
// the scenario feature and the BIA feature both use it without importing each other.
import type { BiaAlternative, BiaDependency, BiaProcess, BiaResource, BiaScenarioImpactInput } from './bia';
import { runEngine, toEngineProcess, type EngineGraph } from './bia-engine';

export const graphFromRecords = (records: {
  processes: BiaProcess[];
  resources: BiaResource[];
  dependencies: BiaDependency[];
  alternatives: BiaAlternative[];
}): EngineGraph => ({
  processes: records.processes.map(toEngineProcess),
  resources: records.resources,
  dependencies: records.dependencies,
  alternatives: records.alternatives,
});

/** The window the scenario line speaks of: the first hours, when tier-1 work must already be back. */
export const SCENARIO_LINE_HOURS = 4;

export type ScenarioReach = {
  /** Tier-1 processes whose RTO is breached within SCENARIO_LINE_HOURS. */
  tierOneBrokenEarly: number;
  /** Processes that breach their RTO at all, and their MTPD. */
  breachRto: number;
  breachMtpd: number;
};

export function scenarioReach(graph: EngineGraph, impacts: readonly BiaScenarioImpactInput[]): ScenarioReach {
  const result = runEngine(
    graph,
    impacts.map((i) => ({
      resourceId: i.resourceId,
      hours: i.outageHours,
      staffSharePercent: i.staffSharePercent,
    })),
  );
  const tier = new Map(graph.processes.map((p) => [p.id, p.tier]));
  return {
    tierOneBrokenEarly: result.processes.filter(
      (o) => tier.get(o.processId) === 1 && o.rtoBreachAt !== null && o.rtoBreachAt <= SCENARIO_LINE_HOURS,
    ).length,
    breachRto: result.processes.filter((o) => o.rtoBreachAt !== null).length,
    breachMtpd: result.processes.filter((o) => o.mtpdBreachAt !== null).length,
  };
}
