// The BIA worker's protocol: the handler as a pure function (same answers as the engine and the
// roll-up, ids kept, errors answered not thrown, answers that survive the structured clone), and
// the page's client: answers paired by id when they come back out of turn, the in-page fallback
// where there is no Worker, and failing over to the page when the worker breaks.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { replyBiaCompute, type BiaComputeMessage, type BiaComputeReply } from '../../src/domain/bia-compute';
import { runEngine, type EngineGraph } from '../../src/domain/bia-engine';
import { rollUp } from '../../src/domain/bia-rollup';
import { scenarioReach } from '../../src/domain/bia-scenario';

const graph: EngineGraph = {
  processes: [
    { id: 'payroll', tier: 1, rtoHours: 2, mtpdHours: 4, minimumStaff: null },
    { id: 'sales', tier: 2, rtoHours: 24, mtpdHours: 72, minimumStaff: null },
  ],
  resources: [
    { id: 'erp', kind: 'systems', processId: null, recoveryHours: 48, headcount: null },
    { id: 'crm', kind: 'systems', processId: null, recoveryHours: 8, headcount: null },
  ],
  dependencies: [
    { processId: 'payroll', dependentResourceId: null, resourceId: 'erp' },
    { processId: 'sales', dependentResourceId: null, resourceId: 'crm' },
  ],
  alternatives: [],
};

describe('replyBiaCompute (the worker handler)', () => {
  it('answers an engine request exactly as runEngine, under the same id', () => {
    const losses = [{ resourceId: 'erp', hours: 24 }];
    const reply = replyBiaCompute({ id: 7, request: { kind: 'engine', graph, losses } });
    expect(reply).toEqual({ id: 7, ok: true, answer: runEngine(graph, losses) });
    if (!reply.ok) throw new Error('expected an answer');
    expect(
      (reply.answer as ReturnType<typeof runEngine>).processes.map((p) => [p.processId, p.rtoBreachAt]),
    ).toEqual([
      ['payroll', 2],
      ['sales', null],
    ]);
  });

  it('answers a roll-up request exactly as rollUp, and the answer survives the structured clone', () => {
    const reply = replyBiaCompute({ id: 1, request: { kind: 'rollup', graph } });
    expect(reply).toEqual({ id: 1, ok: true, answer: rollUp(graph) });
    const cloned = structuredClone(reply);
    expect(cloned).toEqual(reply);
    if (!cloned.ok) throw new Error('expected an answer');
    expect((cloned.answer as ReturnType<typeof rollUp>).backAt.get('payroll')).toBe(48);
  });

  it("answers a scenario's reach exactly as scenarioReach (the scenario page's line)", () => {
    const impacts = [{ resourceId: 'erp', outageHours: 6, staffSharePercent: null }];
    const reply = replyBiaCompute({ id: 4, request: { kind: 'reach', graph, impacts } });
    expect(reply).toEqual({ id: 4, ok: true, answer: scenarioReach(graph, impacts) });
    expect(structuredClone(reply)).toEqual({
      id: 4,
      ok: true,
      answer: { tierOneBrokenEarly: 1, breachRto: 1, breachMtpd: 1 },
    });
  });

  it('answers a request it cannot compute with an error, never a throw', () => {
    const broken = { id: 3, request: { kind: 'rollup', graph: null } } as unknown as BiaComputeMessage;
    const reply = replyBiaCompute(broken);
    expect(reply.id).toBe(3);
    expect(reply.ok).toBe(false);
  });
});

/** A stand-in Worker: runs the real handler, but replies only when the test says, in any order. */
class FakeWorker {
  static last: FakeWorker | null = null;
  onmessage: ((event: { data: BiaComputeReply }) => void) | null = null;
  onerror: (() => void) | null = null;
  inbox: BiaComputeMessage[] = [];
  terminated = false;
  constructor() {
    FakeWorker.last = this;
  }
  postMessage(message: BiaComputeMessage) {
    this.inbox.push(structuredClone(message));
  }
  reply(index: number) {
    this.onmessage?.({ data: structuredClone(replyBiaCompute(this.inbox[index]!)) });
  }
  terminate() {
    this.terminated = true;
  }
}

afterEach(() => {
  vi.unstubAllGlobals();
  vi.resetModules();
});

describe('computeOffThread (the page side)', () => {
  it('computes in the page where there is no Worker', async () => {
    const client = await import('../../src/lib/bia-compute-client');
    expect(client.canComputeOffThread).toBe(false);
    const losses = [{ resourceId: 'crm', hours: 30 }];
    await expect(client.computeOffThread({ kind: 'engine', graph, losses })).resolves.toEqual(
      runEngine(graph, losses),
    );
  });

  it('pairs each answer with its own request when the worker replies out of turn', async () => {
    vi.stubGlobal('Worker', FakeWorker);
    const client = await import('../../src/lib/bia-compute-client');
    expect(client.canComputeOffThread).toBe(true);
    const first = client.computeOffThread({
      kind: 'engine',
      graph,
      losses: [{ resourceId: 'erp', hours: 1 }],
    });
    const second = client.computeOffThread({
      kind: 'engine',
      graph,
      losses: [{ resourceId: 'crm', hours: 30 }],
    });
    const worker = FakeWorker.last!;
    expect(worker.inbox.map((m) => m.id)).toEqual([1, 2]);
    worker.reply(1);
    worker.reply(0);
    expect((await first).processes.map((p) => p.rtoBreachAt)).toEqual([null, null]);
    expect((await second).processes.map((p) => p.rtoBreachAt)).toEqual([null, 24]);
  });

  it('answers in the page whatever was waiting when the worker fails', async () => {
    vi.stubGlobal('Worker', FakeWorker);
    const client = await import('../../src/lib/bia-compute-client');
    const waiting = client.computeOffThread({ kind: 'rollup', graph });
    const worker = FakeWorker.last!;
    worker.onerror!();
    expect(worker.terminated).toBe(true);
    await expect(waiting).resolves.toEqual(rollUp(graph));
  });
});
