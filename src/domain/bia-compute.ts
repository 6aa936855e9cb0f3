// The BIA computations a page asks for, as messages: the what-if run of the engine and the standing
// roll-up. One pure handler answers them, so the Web Worker (features/bia/bia-compute.worker.ts)
// and the in-page fallback give the same answer and the protocol is unit-tested without a browser.
import { runEngine, type EngineGraph, type EngineResult, type Loss } from './bia-engine';
import { rollUp, type RollUp } from './bia-rollup';

export type BiaComputeRequest =
  { kind: 'engine'; graph: EngineGraph; losses: readonly Loss[] } | { kind: 'rollup'; graph: EngineGraph };

/** The answer for each kind of request (Maps survive the structured clone to and from a worker). */
export type BiaComputeAnswer<R extends BiaComputeRequest = BiaComputeRequest> = R extends { kind: 'engine' }
  ? EngineResult
  : RollUp;

/** A request on the wire: `id` pairs the answer with its request, since answers may come back out of turn. */
export type BiaComputeMessage = { id: number; request: BiaComputeRequest };
export type BiaComputeReply = { id: number } & (
  { ok: true; answer: EngineResult | RollUp } | { ok: false; error: string }
);

export function answerBiaCompute<R extends BiaComputeRequest>(request: R): BiaComputeAnswer<R>;
export function answerBiaCompute(request: BiaComputeRequest): EngineResult | RollUp {
  return request.kind === 'engine' ? runEngine(request.graph, request.losses) : rollUp(request.graph);
}

/** What the worker does with one message: never throws, so one bad request cannot stop the worker. */
export function replyBiaCompute(message: BiaComputeMessage): BiaComputeReply {
  try {
    return { id: message.id, ok: true, answer: answerBiaCompute(message.request) };
  } catch (error) {
    return { id: message.id, ok: false, error: String(error) };
  }
}
