// Runs a guarded write from a control (a button, a form): `busy` while it runs and reset in
// `finally`, so no screen stays on "Saving…"; a failure is kept for the control to show beside
// itself with a Retry. (Writes started from a toast, whose control is gone, report in the header:
// see runUndo.)
import { useState } from 'react';
// Types only: the first screen shows controls that write, but loads the write code on first use.
import type { WriteFailure, WriteOutcome } from '../db/guarded-write';
import { reportUnexpected } from '../lib/unexpected-error';

type Options<A extends unknown[], R> = {
  /** Runs after the write succeeded (clear the input, navigate, show a toast). */
  onSuccess?: (value: R, ...args: A) => void;
};

export type GuardedAction<A extends unknown[], R> = {
  /** Runs the write; never rejects. */
  run: (...args: A) => Promise<WriteOutcome<R>>;
  /** Runs the write from an event handler (nothing to await). */
  start: (...args: A) => void;
  busy: boolean;
  error: WriteFailure | null;
  /** Runs the last attempt again. */
  retry: () => void;
};

export function useGuardedAction<A extends unknown[], R>(
  action: (...args: A) => Promise<WriteOutcome<R>>,
  { onSuccess }: Options<A, R> = {},
): GuardedAction<A, R> {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<WriteFailure | null>(null);
  const [lastArgs, setLastArgs] = useState<A | null>(null);

  const run = async (...args: A): Promise<WriteOutcome<R>> => {
    setBusy(true);
    setError(null);
    setLastArgs(args);
    try {
      // A data operation that throws after all is still a failed write, not a stuck screen
      // (e.g. the write code could not be loaded).
      const outcome = await action(...args).catch((e: unknown): WriteOutcome<R> => ({
        ok: false,
        error: { kind: 'failed', reasonKey: 'save.writeFailed', detail: String(e).slice(0, 300) },
      }));
      if (outcome.ok) onSuccess?.(outcome.value, ...args);
      else setError(outcome.error);
      return outcome;
    } finally {
      setBusy(false);
    }
  };
  const start = (...args: A) => {
    run(...args).catch(reportUnexpected);
  };
  const retry = () => {
    if (lastArgs) start(...lastArgs);
  };
  return { run, start, busy, error, retry };
}
