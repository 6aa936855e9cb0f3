// The value of a guarded write in a test, or a failure that names the reason.
import type { WriteOutcome } from '../../../src/db/guarded-write';

export async function valueOf<R>(outcome: Promise<WriteOutcome<R>> | WriteOutcome<R>): Promise<R> {
  const o = await outcome;
  if (!o.ok) throw new Error(`write failed: ${o.error.reasonKey} ${o.error.detail}`);
  return o.value;
}
