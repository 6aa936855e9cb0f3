// The BIA engine's speed in Node: 200 processes, 500 resources, 2,000 dependencies (half process →
// resource, half resource → resource, cycles allowed), 150 alternatives, 60 lost resources.
// Median of 31 runs after 5 warm-ups, of one scenario run and of the standing roll-up.
// Run alone: npx tsx test/bench/bia-bench.ts   (npm run bench calls runBiaBench)
import { pathToFileURL } from 'node:url';
import { runEngine, type EngineGraph, type Loss } from '../../src/domain/bia-engine';
import { rollUp } from '../../src/domain/bia-rollup';
import { median } from './browser';

/** A deterministic pseudo-random generator, so every run measures the same graph. */
function seeded(seed: number) {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

export function biaBenchGraph(): { graph: EngineGraph; losses: Loss[] } {
  const rnd = seeded(14);
  const pick = (n: number) => Math.floor(rnd() * n);
  const processes = Array.from({ length: 200 }, (_, i) => ({
    id: `p${i}`,
    tier: (1 + (i % 4)) as 1 | 2 | 3 | 4,
    rtoHours: [1, 4, 24, 72][i % 4]!,
    mtpdHours: [4, 24, 72, 168][i % 4]!,
    minimumStaff: i % 5 === 0 ? 3 : null,
  }));
  const resources = Array.from({ length: 500 }, (_, i) => ({
    id: `r${i}`,
    kind: i < 40 ? ('process' as const) : i < 100 ? ('people' as const) : ('systems' as const),
    processId: i < 40 ? `p${pick(200)}` : null,
    recoveryHours: pick(200),
    headcount: i < 100 ? 10 : null,
  }));
  const dependencies = Array.from({ length: 2000 }, (_, i) =>
    i < 1000
      ? { processId: `p${pick(200)}`, dependentResourceId: null, resourceId: `r${pick(500)}` }
      : { processId: null, dependentResourceId: `r${pick(500)}`, resourceId: `r${pick(500)}` },
  );
  const alternatives = Array.from({ length: 150 }, (_, i) => ({
    id: `a${i}`,
    resourceId: `r${pick(500)}`,
    setupHours: pick(100),
  }));
  const losses = Array.from({ length: 60 }, (_, i) => ({
    resourceId: `r${pick(500)}`,
    hours: 1 + pick(700),
    staffSharePercent: i % 6 === 0 ? 60 : null,
  }));
  return { graph: { processes, resources, dependencies, alternatives }, losses };
}

function time(fn: () => unknown) {
  for (let i = 0; i < 5; i++) fn();
  const runs: number[] = [];
  for (let i = 0; i < 31; i++) {
    const start = performance.now();
    fn();
    runs.push(performance.now() - start);
  }
  return median(runs);
}

export function runBiaBench() {
  const { graph, losses } = biaBenchGraph();
  return { engineMs: time(() => runEngine(graph, losses)), rollUpMs: time(() => rollUp(graph)) };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const r = runBiaBench();
  console.log(`BIA engine: ${r.engineMs.toFixed(2)} ms; roll-up: ${r.rollUpMs.toFixed(2)} ms`);
}
