/**
 * Times every call into the store objects (goals and directory repositories) by wall clock.
 * The Server-Timing header sums the durations of Cosmos calls, so calls made in parallel (a
 * check-in reads its objective and cycle at once) are counted twice and `app` comes out too low,
 * often 0. The union of the intervals here is the time spent waiting on the store; total minus
 * that union is our own time. Requests are sent one at a time, so every interval between two
 * take() calls belongs to one request.
 */
export class StoreProbe {
  private intervals: [number, number][] = [];

  /** Replaces each method of the object's class with a timed wrapper, on this instance only. */
  wrap(target: object): void {
    const methods = Object.getOwnPropertyNames(Object.getPrototypeOf(target)).filter(
      (name) => name !== 'constructor' && typeof (target as Record<string, unknown>)[name] === 'function',
    );
    for (const name of methods) {
      const original = (target as Record<string, (...args: unknown[]) => unknown>)[name]!;
      (target as Record<string, unknown>)[name] = async (...args: unknown[]): Promise<unknown> => {
        const started = performance.now();
        try {
          return await original.apply(target, args);
        } finally {
          this.intervals.push([started, performance.now()]);
        }
      };
    }
  }

  /** The wall-clock time covered by the calls since the last take(), overlaps counted once. */
  take(): number {
    const sorted = this.intervals.sort((a, b) => a[0] - b[0]);
    this.intervals = [];
    let covered = 0;
    let end = Number.NEGATIVE_INFINITY;
    for (const [from, to] of sorted) {
      if (to <= end) continue;
      covered += to - Math.max(from, end);
      end = to;
    }
    return covered;
  }
}
