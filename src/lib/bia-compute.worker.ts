// Runs the BIA engine and roll-up off the page's thread: on a 200-process workbook they take tens of
// milliseconds, which in the page would stall typing in the what-if view. Stateless: each message
// carries its graph, and each reply carries the message's id.
import { replyBiaCompute, type BiaComputeMessage } from '../domain/bia-compute';

self.onmessage = (event: MessageEvent<BiaComputeMessage>) => {
  self.postMessage(replyBiaCompute(event.data));
};
