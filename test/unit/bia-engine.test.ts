// The BIA engine and roll-up: timelines against RTO and MTPD, alternatives, transitive chains,
// cycles, single points of failure, and two properties over random graphs (fast-check).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  processesDownAt,
  runEngine,
  type EngineAlternative,
  type EngineDependency,
  type EngineGraph,
  type EngineProcess,
  type EngineResource,
  type Loss,
} from '../../src/domain/bia-engine';
import { rollUp } from '../../src/domain/bia-rollup';

const proc = (
  id: string,
  rto: number | null,
  mtpd: number | null,
  tier: 1 | 2 | 3 | 4 = 1,
): EngineProcess => ({
  id,
  tier,
  rtoHours: rto,
  mtpdHours: mtpd,
  minimumStaff: null,
});
const res = (id: string, over: Partial<EngineResource> = {}): EngineResource => ({
  id,
  kind: 'systems',
  processId: null,
  recoveryHours: null,
  headcount: null,
  ...over,
});
const needs = (processId: string, resourceId: string): EngineDependency => ({
  processId,
  dependentResourceId: null,
  resourceId,
});
const chain = (from: string, resourceId: string): EngineDependency => ({
  processId: null,
  dependentResourceId: from,
  resourceId,
});
const outcome = (graph: EngineGraph, losses: Loss[], id: string) =>
  runEngine(graph, losses).processes.find((o) => o.processId === id)!;

describe('runEngine', () => {
  const graph: EngineGraph = {
    processes: [proc('payroll', 4, 24), proc('sales', 48, 72, 2), proc('archive', null, null, 4)],
    resources: [res('office', { kind: 'location' }), res('network'), res('crm'), res('nas')],
    dependencies: [
      needs('payroll', 'network'),
      needs('sales', 'crm'),
      chain('crm', 'network'),
      needs('archive', 'nas'),
    ],
    alternatives: [],
  };

  it('a lost resource takes down what needs it, directly and through a chain, and reports breaches', () => {
    const o = outcome(graph, [{ resourceId: 'network', hours: 30 }], 'payroll');
    expect(o).toEqual({
      processId: 'payroll',
      downUntil: 30,
      recoveredAt: 30,
      rtoBreachAt: 4,
      mtpdBreachAt: 24,
      inTime: false,
      causeResourceId: 'network',
      recoveredBy: null,
    });
    const sales = outcome(graph, [{ resourceId: 'network', hours: 30 }], 'sales');
    expect([sales.downUntil, sales.rtoBreachAt, sales.mtpdBreachAt, sales.inTime]).toEqual([
      30,
      null,
      null,
      true,
    ]);
    expect(outcome(graph, [{ resourceId: 'network', hours: 30 }], 'archive').downUntil).toBe(0);
  });

  it('an alternative set up before the outage ends brings the process back at its set-up time', () => {
    const withAlt = { ...graph, alternatives: [{ id: 'vpn-lte', resourceId: 'network', setupHours: 2 }] };
    const o = outcome(withAlt, [{ resourceId: 'network', hours: 30 }], 'payroll');
    expect([o.downUntil, o.rtoBreachAt, o.inTime]).toEqual([2, null, true]);
    expect(o.recoveredBy).toEqual({ resourceId: 'network', alternativeId: 'vpn-lte', setupHours: 2 });
    // A slow alternative (longer than the outage) is not used.
    const slow = { ...graph, alternatives: [{ id: 'slow', resourceId: 'network', setupHours: 40 }] };
    expect(outcome(slow, [{ resourceId: 'network', hours: 30 }], 'payroll').recoveredBy).toBeNull();
  });

  it('an outage longer than a month is not recovered within the horizon', () => {
    const o = outcome(graph, [{ resourceId: 'nas', hours: 1000 }], 'archive');
    expect([o.downUntil, o.recoveredAt, o.inTime]).toEqual([1000, null, null]);
  });

  it('follows process → process chains through a resource of kind process', () => {
    const g: EngineGraph = {
      processes: [proc('billing', 8, 24), proc('invoicing', 4, 8)],
      resources: [res('erp'), res('billing-process', { kind: 'process', processId: 'billing' })],
      dependencies: [needs('billing', 'erp'), needs('invoicing', 'billing-process')],
      alternatives: [],
    };
    const o = outcome(g, [{ resourceId: 'erp', hours: 6 }], 'invoicing');
    expect([o.downUntil, o.rtoBreachAt, o.mtpdBreachAt]).toEqual([6, 4, null]);
  });

  it('reports a cycle once and still finishes', () => {
    const g: EngineGraph = {
      processes: [proc('p', 4, 8)],
      resources: [res('a'), res('b'), res('c')],
      dependencies: [needs('p', 'a'), chain('a', 'b'), chain('b', 'c'), chain('c', 'a')],
      alternatives: [],
    };
    const result = runEngine(g, [{ resourceId: 'c', hours: 10 }]);
    expect(result.cycles).toEqual([['r:a', 'r:b', 'r:c']]);
    expect(result.processes[0]!.downUntil).toBe(10);
  });

  it('follows a chain of 20,000 resources (the most a backup holds per table) without overflowing the stack', () => {
    const n = 20_000;
    const g: EngineGraph = {
      processes: [proc('p', 1, 2)],
      resources: Array.from({ length: n }, (_, i) => res(`r${i}`)),
      dependencies: [
        needs('p', 'r0'),
        ...Array.from({ length: n - 1 }, (_, i) => chain(`r${i}`, `r${i + 1}`)),
      ],
      alternatives: [],
    };
    expect(outcome(g, [{ resourceId: `r${n - 1}`, hours: 9 }], 'p').downUntil).toBe(9);
    expect(rollUp({ ...g, resources: g.resources.map((r) => ({ ...r, recoveryHours: 3 })) }).gaps).toEqual([
      { processId: 'p', causeResourceId: 'r0', backAt: 3, rtoHours: 1 },
    ]);
  });

  it('a share of staff stops a process only when fewer than its minimum remain', () => {
    const g: EngineGraph = {
      processes: [
        { ...proc('desk', 4, 24), minimumStaff: 3 },
        { ...proc('lab', 4, 24), minimumStaff: 8 },
      ],
      resources: [res('staff', { kind: 'people', headcount: 10 })],
      dependencies: [needs('desk', 'staff'), needs('lab', 'staff')],
      alternatives: [],
    };
    const result = runEngine(g, [{ resourceId: 'staff', hours: 24, staffSharePercent: 60 }]);
    expect(result.processes.map((o) => o.downUntil)).toEqual([0, 24]);
    expect(processesDownAt(result, 23)).toEqual(['lab']);
    expect(processesDownAt(result, 24)).toEqual([]);
  });
});

describe('rollUp', () => {
  it('flags a process whose dependency chain cannot be back within its RTO, single points and key people', () => {
    const g: EngineGraph = {
      processes: [proc('payroll', 4, 24), proc('sales', 48, 72, 2), proc('archive', 200, 300, 4)],
      resources: [
        res('network', { recoveryHours: 8 }),
        res('crm', { recoveryHours: 2 }),
        res('hr', { kind: 'people' }),
        res('cloud', { kind: 'supplier', recoveryHours: 4 }),
      ],
      dependencies: [
        needs('payroll', 'crm'),
        chain('crm', 'network'),
        needs('sales', 'crm'),
        needs('payroll', 'hr'),
        needs('archive', 'cloud'),
      ],
      alternatives: [{ id: 'deputy', resourceId: 'cloud', setupHours: 1 }],
    };
    const r = rollUp(g);
    expect(r.gaps).toEqual([{ processId: 'payroll', causeResourceId: 'network', backAt: 8, rtoHours: 4 }]);
    expect([...r.backAt]).toEqual([
      ['payroll', 8],
      ['sales', 8],
      ['archive', 1],
    ]);
    expect(r.unknownRecovery).toEqual(['hr']);
    expect(r.keyPeople).toEqual(['hr']);
    expect(r.singlePoints).toEqual([
      { resourceId: 'crm', processIds: ['payroll', 'sales'] },
      { resourceId: 'network', processIds: ['payroll', 'sales'] },
    ]);
  });
});

/** Random graphs: a few processes and resources, random edges (cycles included), alternatives. */
const graphArb = fc
  .record({ np: fc.integer({ min: 1, max: 8 }), nr: fc.integer({ min: 1, max: 10 }) })
  .chain(({ np, nr }) => {
    const pid = fc.integer({ min: 0, max: np - 1 }).map((i) => `p${i}`);
    const rid = fc.integer({ min: 0, max: nr - 1 }).map((i) => `r${i}`);
    return fc.record({
      processes: fc.tuple(
        ...Array.from({ length: np }, (_, i) =>
          fc
            .record({
              rto: fc.option(fc.integer({ min: 0, max: 200 }), { nil: null }),
              minimumStaff: fc.option(fc.integer({ min: 0, max: 20 }), { nil: null }),
            })
            .map(({ rto, minimumStaff }): EngineProcess => ({
              ...proc(`p${i}`, rto, rto === null ? null : rto * 2),
              minimumStaff,
            })),
        ),
      ),
      resources: fc.tuple(
        ...Array.from({ length: nr }, (_, i) =>
          fc
            .record({
              kind: fc.constantFrom('systems' as const, 'people' as const, 'process' as const),
              target: pid,
              headcount: fc.option(fc.integer({ min: 0, max: 20 }), { nil: null }),
            })
            .map(({ kind, target, headcount }) =>
              res(`r${i}`, { kind, processId: kind === 'process' ? target : null, headcount }),
            ),
        ),
      ),
      dependencies: fc.array(
        fc.oneof(
          fc.tuple(pid, rid).map(([p, r]) => needs(p, r)),
          fc.tuple(rid, rid).map(([a, b]) => chain(a, b)),
        ),
        { maxLength: 30 },
      ),
      alternatives: fc.array(
        fc.record({ id: fc.uuid(), resourceId: rid, setupHours: fc.integer({ min: 0, max: 800 }) }),
        { maxLength: 6 },
      ),
      losses: fc.array(
        fc.record({
          resourceId: rid,
          hours: fc.integer({ min: 1, max: 900 }),
          staffSharePercent: fc.option(fc.integer({ min: 1, max: 100 }), { nil: null }),
        }),
        { maxLength: 6 },
      ),
      extra: fc.record({
        resourceId: rid,
        hours: fc.integer({ min: 1, max: 900 }),
        staffSharePercent: fc.option(fc.integer({ min: 1, max: 100 }), { nil: null }),
      }),
      alt: fc.record({
        id: fc.constant('extra-alt'),
        resourceId: rid,
        setupHours: fc.integer({ min: 0, max: 800 }),
      }),
    });
  });

const breaches = (graph: EngineGraph, losses: Loss[]) =>
  new Set(
    runEngine(graph, losses)
      .processes.filter((o) => o.rtoBreachAt !== null)
      .map((o) => o.processId),
  );

describe('engine properties', () => {
  it('adding a lost resource never makes fewer processes breach (and never shortens an outage)', () => {
    fc.assert(
      fc.property(graphArb, ({ losses, extra, ...g }) => {
        const graph: EngineGraph = g;
        const before = breaches(graph, losses);
        const after = breaches(graph, [...losses, extra]);
        for (const id of before) expect(after.has(id)).toBe(true);
        const a = runEngine(graph, losses).processes;
        const b = runEngine(graph, [...losses, extra]).processes;
        a.forEach((o, i) => expect(b[i]!.downUntil).toBeGreaterThanOrEqual(o.downUntil));
      }),
      { numRuns: 500 },
    );
  });

  it('an alternative never makes recovery later', () => {
    fc.assert(
      fc.property(graphArb, ({ losses, alt, ...g }) => {
        const graph: EngineGraph = g;
        const withAlt: EngineGraph = {
          ...graph,
          alternatives: [...graph.alternatives, alt as EngineAlternative],
        };
        const a = runEngine(graph, losses).processes;
        const b = runEngine(withAlt, losses).processes;
        a.forEach((o, i) => expect(b[i]!.downUntil).toBeLessThanOrEqual(o.downUntil));
      }),
      { numRuns: 500 },
    );
  });
});
