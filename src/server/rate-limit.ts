// Failed sign-ins per client address, in a sliding window: past the limit an address is refused
// without its token being checked, so guessing secrets costs a minute per few attempts.
export class FailureLimiter {
  private readonly failures = new Map<string, number[]>();

  constructor(
    private readonly maxFailures: number,
    private readonly windowMs: number,
    private readonly now: () => number = Date.now,
  ) {}

  /** True while `address` has used up its failures in the current window. */
  blocked(address: string): boolean {
    return this.recent(address).length >= this.maxFailures;
  }

  fail(address: string): void {
    const list = this.recent(address);
    list.push(this.now());
    this.failures.set(address, list);
    // Forget quiet addresses now and then, so the map cannot grow without bound.
    if (this.failures.size > 10_000) for (const key of [...this.failures.keys()]) this.recent(key);
  }

  private recent(address: string): number[] {
    const since = this.now() - this.windowMs;
    const list = (this.failures.get(address) ?? []).filter((t) => t > since);
    if (list.length === 0) this.failures.delete(address);
    else this.failures.set(address, list);
    return list;
  }
}
