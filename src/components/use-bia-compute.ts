// Brings a BIA computation's answer into a component without blocking the page: the request goes to
// the worker, and the last answer stays on screen (marked busy) until the new one arrives. An answer
// for inputs that have since changed is dropped, so the screen never settles on a stale result.
// Shared (here, not in a feature) because the BIA page and the scenario page both ask the worker.
// The answer is set in a transition: re-rendering what it feeds (the what-if timeline, the flags)
// is cut into short slices and gives way to the planner's next key or click.
import { startTransition, useEffect, useMemo, useState } from 'react';
import { answerBiaCompute, type BiaComputeAnswer, type BiaComputeRequest } from '../domain/bia-compute';
import { canComputeOffThread, computeOffThread } from '../lib/bia-compute-client';

export type BiaComputed<R extends BiaComputeRequest> = {
  /** The answer on screen: for `request`, or (while busy) for the request before it; null before the first. */
  answer: BiaComputeAnswer<R> | null;
  /** True while the answer shown is not yet the one for the current request. */
  busy: boolean;
};

/** `request` must keep its identity while its inputs are the same (make it with useMemo). */
export function useBiaCompute<R extends BiaComputeRequest>(request: R): BiaComputed<R> {
  const [held, setHeld] = useState<{ request: R; answer: BiaComputeAnswer<R> } | null>(null);
  // Without a worker the answer is computed here, in render, as before the worker existed.
  const inPage = useMemo(() => (canComputeOffThread ? null : answerBiaCompute(request)), [request]);
  useEffect(() => {
    if (!canComputeOffThread) return;
    let current = true;
    computeOffThread(request).then(
      (answer) => {
        if (current) startTransition(() => setHeld({ request, answer }));
      },
      () => undefined,
    );
    return () => {
      current = false;
    };
  }, [request]);
  if (inPage !== null) return { answer: inPage, busy: false };
  return { answer: held?.answer ?? null, busy: held?.request !== request };
}
