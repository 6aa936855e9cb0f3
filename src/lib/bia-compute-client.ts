// The page's side of the BIA worker: one worker for the whole session (started on first use), each
// request numbered so its answer finds it. Where there is no Worker (unit tests, Node) or it cannot
// start, the request is answered in the page, so the BIA always shows a result. In lib/ because the
// BIA page and the scenario page both use it (features never import each other); the worker is its
// own chunk, fetched on the first request, never with the first screen.
import {
  answerBiaCompute,
  type BiaComputeAnswer,
  type BiaComputeReply,
  type BiaComputeRequest,
} from '../domain/bia-compute';

/** False in Node and jsdom: the hook then computes during render (the synchronous fallback). */
export const canComputeOffThread = typeof Worker !== 'undefined';

type Pending = { resolve: (answer: never) => void; request: BiaComputeRequest };
let worker: Worker | null = null;
let nextId = 1;
const pending = new Map<number, Pending>();

/** Answers everything still waiting in the page: the worker has failed and will not reply. */
function failOver() {
  worker?.terminate();
  worker = null;
  for (const [id, p] of pending) {
    pending.delete(id);
    p.resolve(answerBiaCompute(p.request) as never);
  }
}

function startWorker(): Worker {
  const w = new Worker(new URL('./bia-compute.worker.ts', import.meta.url), { type: 'module' });
  w.onmessage = (event: MessageEvent<BiaComputeReply>) => {
    const reply = event.data;
    const p = pending.get(reply.id);
    if (!p) return;
    pending.delete(reply.id);
    // A request the worker could not answer is tried once more in the page, where its error shows.
    p.resolve((reply.ok ? reply.answer : answerBiaCompute(p.request)) as never);
  };
  w.onerror = failOver;
  return w;
}

/** Answers a BIA request off the page's thread where possible; never rejects for want of a worker. */
export function computeOffThread<R extends BiaComputeRequest>(request: R): Promise<BiaComputeAnswer<R>> {
  if (!canComputeOffThread) return Promise.resolve(answerBiaCompute(request));
  return new Promise((resolve) => {
    try {
      worker ??= startWorker();
      const id = nextId++;
      pending.set(id, { resolve: resolve, request });
      worker.postMessage({ id, request });
    } catch {
      // A worker that cannot start (a locked-down browser): compute in the page instead.
      failOver();
      resolve(answerBiaCompute(request));
    }
  });
}
