// The compound-scenario engine: given processes, resources, their dependencies and alternatives, and
// a set of lost resources with durations, when is each process down, when does it breach its RTO and
// MTPD, and which alternative brings it back. Pure and linear in the size of the graph: every node is
// computed once (memoised depth-first walk); a dependency cycle is cut and reported, never looped on.
import { BIA_HORIZON_HOURS, type BiaProcess, type BiaResource, effectiveMtpd } from './bia';

export type EngineProcess = Pick<BiaProcess, 'id' | 'tier' | 'rtoHours' | 'minimumStaff'> & {
  mtpdHours: number | null;
};
export type EngineResource = Pick<BiaResource, 'id' | 'kind' | 'processId' | 'recoveryHours' | 'headcount'>;
export type EngineDependency = {
  processId: string | null;
  dependentResourceId: string | null;
  resourceId: string;
};
export type EngineAlternative = { id: string; resourceId: string; setupHours: number };
export type EngineGraph = {
  processes: readonly EngineProcess[];
  resources: readonly EngineResource[];
  dependencies: readonly EngineDependency[];
  alternatives: readonly EngineAlternative[];
};
/** A lost resource: out from hour 0 for `hours`; for people, optionally only a share of them. */
export type Loss = { resourceId: string; hours: number; staffSharePercent?: number | null };

/** The alternative that ended an outage early, and how long it took to set up. */
export type Recovery = { resourceId: string; alternativeId: string; setupHours: number };
export type ProcessOutcome = {
  processId: string;
  /** Down from hour 0 until this hour (0: not affected). May exceed the horizon. */
  downUntil: number;
  /** The hour it is back, or null when not within the horizon (a month) or not affected. */
  recoveredAt: number | null;
  rtoBreachAt: number | null;
  mtpdBreachAt: number | null;
  /** True when back within its RTO; null when not affected or no RTO is set. */
  inTime: boolean | null;
  /** The dependency that keeps it down longest. */
  causeResourceId: string | null;
  recoveredBy: Recovery | null;
};
export type EngineResult = { processes: ProcessOutcome[]; cycles: string[][] };

/** Converts a stored process into the engine's view (MTPD set, or suggested from the grid). */
export const toEngineProcess = (p: BiaProcess): EngineProcess => ({
  id: p.id,
  tier: p.tier,
  rtoHours: p.rtoHours,
  minimumStaff: p.minimumStaff,
  mtpdHours: effectiveMtpd(p),
});

type NodeValue = { t: number; cause: string | null; via: Recovery | null };
const NONE: NodeValue = { t: 0, cause: null, via: null };

/** Node keys: "p:<id>" for a process, "r:<id>" for a resource. */
export function runEngine(graph: EngineGraph, losses: readonly Loss[]): EngineResult {
  const resources = new Map(graph.resources.map((r) => [r.id, r]));
  const processIds = new Set(graph.processes.map((p) => p.id));
  const needsOfProcess = new Map<string, string[]>();
  const needsOfResource = new Map<string, string[]>();
  for (const d of graph.dependencies) {
    if (!resources.has(d.resourceId)) continue;
    if (d.processId !== null) push(needsOfProcess, d.processId, d.resourceId);
    else if (d.dependentResourceId !== null) push(needsOfResource, d.dependentResourceId, d.resourceId);
  }
  // The quickest alternative of each resource (the first listed wins a tie).
  const best = new Map<string, EngineAlternative>();
  for (const a of graph.alternatives) {
    const current = best.get(a.resourceId);
    if (!current || a.setupHours < current.setupHours) best.set(a.resourceId, a);
  }
  const full = new Map<string, number>();
  const partial = new Map<string, { hours: number; share: number }>();
  for (const l of losses) {
    if (!resources.has(l.resourceId) || !(l.hours > 0)) continue;
    const share = l.staffSharePercent ?? 100;
    if (share >= 100) full.set(l.resourceId, Math.max(full.get(l.resourceId) ?? 0, l.hours));
    else if (share > 0) {
      const was = partial.get(l.resourceId);
      partial.set(l.resourceId, {
        hours: Math.max(was?.hours ?? 0, l.hours),
        share: Math.max(was?.share ?? 0, share),
      });
    }
  }

  const memo = new Map<string, NodeValue>();
  const onStack = new Map<string, number>();
  const stack: string[] = [];
  const cycles: string[][] = [];
  const seenCycles = new Set<string>();

  /** Ends an outage early when the resource's quickest alternative is set up before it is over. */
  const withAlternative = (resourceId: string, value: NodeValue): NodeValue => {
    const alt = best.get(resourceId);
    if (value.t <= 0 || !alt || alt.setupHours >= value.t) return value;
    return {
      t: alt.setupHours,
      cause: value.cause,
      via: { resourceId, alternativeId: alt.id, setupHours: alt.setupHours },
    };
  };

  const staffShort = (p: EngineProcess, id: string, share: number) => {
    const headcount = resources.get(id)!.headcount;
    // Without a headcount and a minimum we cannot tell, so a partial loss counts as stopping the work.
    if (headcount === null || p.minimumStaff === null) return true;
    return headcount * (1 - share / 100) < p.minimumStaff;
  };

  const byProcess = new Map(graph.processes.map((p) => [p.id, p]));
  /** What a node needs, as node keys, and what it is down for by itself before its needs count. */
  const childrenOf = (key: string): string[] => {
    const id = key.slice(2);
    if (key.startsWith('p:')) return (needsOfProcess.get(id) ?? []).map((r) => `r:${r}`);
    const kids = (needsOfResource.get(id) ?? []).map((r) => `r:${r}`);
    const r = resources.get(id)!;
    if (r.kind === 'process' && r.processId !== null && processIds.has(r.processId))
      kids.push(`p:${r.processId}`);
    return kids;
  };
  const ownValue = (key: string): NodeValue => {
    const id = key.slice(2);
    if (key.startsWith('r:')) {
      const t = full.get(id) ?? 0;
      return t > 0 ? { t, cause: id, via: null } : NONE;
    }
    // A share of staff lost stops this process only when fewer than its minimum remain.
    const p = byProcess.get(id)!;
    let value = NONE;
    for (const need of needsOfProcess.get(id) ?? []) {
      const part = partial.get(need);
      if (part && staffShort(p, need, part.share)) {
        value = later(value, withAlternative(need, { t: part.hours, cause: need, via: null }));
      }
    }
    return value;
  };

  type Frame = { key: string; kids: string[]; next: number; value: NodeValue };
  /**
   * Depth-first with an explicit stack (a chain of thousands of resources must not overflow the
   * call stack). A node on the stack met again is a cycle: reported once, it adds nothing.
   */
  const visit = (root: string): NodeValue => {
    const known = memo.get(root);
    if (known) return known;
    const frames: Frame[] = [];
    const enter = (key: string) => {
      onStack.set(key, stack.length);
      stack.push(key);
      frames.push({ key, kids: childrenOf(key), next: 0, value: ownValue(key) });
    };
    enter(root);
    let last = NONE;
    while (frames.length > 0) {
      const frame = frames[frames.length - 1]!;
      if (frame.next < frame.kids.length) {
        const kid = frame.kids[frame.next++]!;
        const done = memo.get(kid);
        if (done) frame.value = later(frame.value, done);
        else if (onStack.has(kid)) reportCycle(kid);
        else enter(kid);
        continue;
      }
      frames.pop();
      stack.pop();
      onStack.delete(frame.key);
      last = frame.key.startsWith('r:') ? withAlternative(frame.key.slice(2), frame.value) : frame.value;
      memo.set(frame.key, last);
      const parent = frames[frames.length - 1];
      if (parent) parent.value = later(parent.value, last);
    }
    return last;
  };

  const reportCycle = (key: string) => {
    const cycle = stack.slice(onStack.get(key));
    const id = [...cycle].sort().join('|');
    if (seenCycles.has(id)) return;
    seenCycles.add(id);
    cycles.push(cycle);
  };

  const outcomes = graph.processes.map((p): ProcessOutcome => {
    const v = visit(`p:${p.id}`);
    const affected = v.t > 0;
    const breach = (limit: number | null) => (limit !== null && v.t > limit ? limit : null);
    return {
      processId: p.id,
      downUntil: v.t,
      recoveredAt: affected && v.t <= BIA_HORIZON_HOURS ? v.t : null,
      rtoBreachAt: breach(p.rtoHours),
      mtpdBreachAt: breach(p.mtpdHours),
      inTime: affected && p.rtoHours !== null ? v.t <= p.rtoHours : null,
      causeResourceId: affected ? v.cause : null,
      recoveredBy: affected ? v.via : null,
    };
  });
  return { processes: outcomes, cycles };
}

/** The one of two outages that lasts longer (the first on a tie). */
const later = (a: NodeValue, b: NodeValue) => (b.t > a.t ? b : a);

function push(map: Map<string, string[]>, key: string, value: string) {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** Ids of the processes down at hour `hour` (0 ≤ hour < 720) of a result. */
export const processesDownAt = (result: EngineResult, hour: number) =>
  result.processes.filter((o) => o.downUntil > hour).map((o) => o.processId);
