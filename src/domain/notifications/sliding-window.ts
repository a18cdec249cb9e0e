/** "At most `limit` events in any `spanMs`", as Teams states its per-conversation and per-tenant limits. */
export interface WindowLimit {
  readonly limit: number;
  readonly spanMs: number;
}

/**
 * Milliseconds from `nowMs` until one more event fits every window, given the times of past events
 * (ascending). An event at t counts against the window (t' - spanMs, t'] of a later event at t'.
 */
export function msUntilWindowsAllow(log: readonly number[], nowMs: number, windows: readonly WindowLimit[]): number {
  let at = nowMs;
  for (const window of windows) {
    if (window.limit <= 0) return Number.POSITIVE_INFINITY;
    // Events still inside the window that would end at nowMs.
    let inside = 0;
    for (let i = log.length - 1; i >= 0 && log[i]! > nowMs - window.spanMs; i--) inside++;
    if (inside >= window.limit) {
      // Enough of the oldest events inside must leave that `limit - 1` remain: the newest to leave is this one.
      const leaving = log[log.length - window.limit]!;
      at = Math.max(at, leaving + window.spanMs);
    }
  }
  return at - nowMs;
}

/** Drops events older than the longest window; they can no longer matter. */
export function pruneLog(log: readonly number[], nowMs: number, windows: readonly WindowLimit[]): number[] {
  const longest = windows.reduce((max, w) => Math.max(max, w.spanMs), 0);
  let first = 0;
  while (first < log.length && log[first]! <= nowMs - longest) first++;
  return log.slice(first);
}
