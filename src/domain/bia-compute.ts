// The BIA computations a page asks for, as messages: the what-if run of the engine, the standing
// roll-up, and a scenario's reach (the scenario page's line, the engine run on its impacts). One pure handler answers them, so the Web Worker (lib/bia-compute.worker.ts)
// and the in-page fallback give the same answer and the protocol is unit-tested without a browser.
import { runEngine, type EngineGraph, type EngineResult, type Loss } from './bia-engine';
import { rollUp, type RollUp } from './bia-rollup';
import type { BiaScenarioImpactInput } from './bia';
import { scenarioReach, type ScenarioReach } from './bia-scenario';

export type BiaComputeRequest =
  | { kind: 'engine'; graph: EngineGraph; losses: readonly Loss[] }
  | { kind: 'rollup'; graph: EngineGraph }
  | { kind: 'reach'; graph: EngineGraph; impacts: readonly BiaScenarioImpactInput[] };

/** The answer for each kind of request (Maps survive the structured clone to and from a worker). */
export type BiaComputeAnswer<R extends BiaComputeRequest = BiaComputeRequest> = R extends { kind: 'engine' }
  ? EngineResult
  : R extends { kind: 'rollup' }
    ? RollUp
    : ScenarioReach;

/** A request on the wire: `id` pairs the answer with its request, since answers may come back out of turn. */
export type BiaComputeMessage = { id: number; request: BiaComputeRequest };
export type BiaComputeReply = { id: number } & (
  { ok: true; answer: EngineResult | RollUp | ScenarioReach } | { ok: false; error: string }
);

export function answerBiaCompute<R extends BiaComputeRequest>(request: R): BiaComputeAnswer<R>;
export function answerBiaCompute(request: BiaComputeRequest): EngineResult | RollUp | ScenarioReach {
  if (request.kind === 'engine') return runEngine(request.graph, request.losses);
  if (request.kind === 'rollup') return rollUp(request.graph);
  return scenarioReach(request.graph, request.impacts);
}

/** What the worker does with one message: never throws, so one bad request cannot stop the worker. */
export function replyBiaCompute(message: BiaComputeMessage): BiaComputeReply {
  try {
    return { id: message.id, ok: true, answer: answerBiaCompute(message.request) };
  } catch (error) {
    return { id: message.id, ok: false, error: String(error) };
  }
}
