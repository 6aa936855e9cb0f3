// The BIA's standing flags, with no scenario: a process whose dependencies (followed transitively)
// cannot be back within its RTO, resources with no recovery time, single points of failure, and a
// key person with no trained backup. The gap check is the engine run with every resource lost for
// its own recovery time: max/min compose, so that equals the worst single failure.
import { runEngine, type EngineGraph } from './bia-engine';

export type RollUp = {
  /** Process id → the resource whose recovery keeps it down past its RTO, and when it is back. */
  gaps: { processId: string; causeResourceId: string | null; backAt: number; rtoHours: number }[];
  /** Resources something needs whose recovery time is unknown. */
  unknownRecovery: string[];
  /** Resources with no alternative that two or more tier 1–2 processes need, directly or not. */
  singlePoints: { resourceId: string; processIds: string[] }[];
  /** People resources with no alternative (no deputy) that a process needs. */
  keyPeople: string[];
  cycles: string[][];
  /** Process id → the hour it can be back if every resource it needs fails (0: nothing to wait for). */
  backAt: Map<string, number>;
};

const CRITICAL_TIER = 2;

export function rollUp(graph: EngineGraph): RollUp {
  const losses = graph.resources
    .filter((r) => r.recoveryHours !== null && r.recoveryHours > 0)
    .map((r) => ({ resourceId: r.id, hours: r.recoveryHours! }));
  const result = runEngine(graph, losses);
  const rto = new Map(graph.processes.map((p) => [p.id, p.rtoHours]));
  const gaps = result.processes.flatMap((o) => {
    const limit = rto.get(o.processId) ?? null;
    return limit !== null && o.downUntil > limit
      ? [{ processId: o.processId, causeResourceId: o.causeResourceId, backAt: o.downUntil, rtoHours: limit }]
      : [];
  });

  const withAlternative = new Set(graph.alternatives.map((a) => a.resourceId));
  const needed = new Set(graph.dependencies.map((d) => d.resourceId));
  const unknownRecovery = graph.resources
    .filter((r) => needed.has(r.id) && r.recoveryHours === null && r.kind !== 'process')
    .map((r) => r.id);
  const keyPeople = graph.resources
    .filter((r) => r.kind === 'people' && needed.has(r.id) && !withAlternative.has(r.id))
    .map((r) => r.id);

  // Which resources each critical process reaches: nodes as numbers (processes first, then
  // resources) and a visit stamp per walk, so 100 walks over a 700-node graph stay a few ms.
  const np = graph.processes.length;
  const index = new Map<string, number>();
  graph.processes.forEach((p, i) => index.set(`p:${p.id}`, i));
  graph.resources.forEach((r, i) => index.set(`r:${r.id}`, np + i));
  const edges: number[][] = Array.from({ length: np + graph.resources.length }, () => []);
  for (const d of graph.dependencies) {
    const from =
      d.processId !== null ? index.get(`p:${d.processId}`) : index.get(`r:${d.dependentResourceId}`);
    const to = index.get(`r:${d.resourceId}`);
    if (from !== undefined && to !== undefined) edges[from]!.push(to);
  }
  graph.resources.forEach((r, i) => {
    const proc = r.kind === 'process' && r.processId !== null ? index.get(`p:${r.processId}`) : undefined;
    if (proc !== undefined) edges[np + i]!.push(proc);
  });
  const stamp = new Int32Array(edges.length).fill(-1);
  const sharedBy = new Map<string, string[]>();
  graph.processes.forEach((p, pi) => {
    if (p.tier > CRITICAL_TIER) return;
    stamp[pi] = pi;
    const todo = [pi];
    while (todo.length > 0) {
      for (const n of edges[todo.pop()!]!) {
        if (stamp[n] === pi) continue;
        stamp[n] = pi;
        todo.push(n);
        if (n < np) continue;
        const id = graph.resources[n - np]!.id;
        const users = sharedBy.get(id);
        if (users) users.push(p.id);
        else sharedBy.set(id, [p.id]);
      }
    }
  });
  const singlePoints = [...sharedBy]
    .filter(([id, ps]) => ps.length >= 2 && !withAlternative.has(id))
    .map(([resourceId, processIds]) => ({ resourceId, processIds }));
  const backAt = new Map(result.processes.map((o) => [o.processId, o.downUntil]));
  return { gaps, unknownRecovery, singlePoints, keyPeople, cycles: result.cycles, backAt };
}
