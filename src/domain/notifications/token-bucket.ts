/**
 * A token bucket on an injected clock: `ratePerSecond` tokens flow in, at most `capacity` wait.
 * Pure: every function takes the state and the time and returns a new state.
 */
export interface TokenBucket {
  readonly ratePerSecond: number;
  readonly capacity: number;
}

export interface BucketState {
  readonly tokens: number;
  readonly atMs: number;
}

export const fullBucket = (bucket: TokenBucket, nowMs: number): BucketState => ({ tokens: bucket.capacity, atMs: nowMs });

/** The state at `nowMs`: tokens added for the time passed, capped at the capacity. A clock that goes back adds nothing. */
export function refill(bucket: TokenBucket, state: BucketState, nowMs: number): BucketState {
  if (nowMs <= state.atMs) return state;
  const tokens = Math.min(bucket.capacity, state.tokens + ((nowMs - state.atMs) * bucket.ratePerSecond) / 1000);
  return { tokens, atMs: nowMs };
}

/** Milliseconds until `cost` tokens are available (0: now). Never more than the bucket can hold. */
export function msUntilAvailable(bucket: TokenBucket, state: BucketState, nowMs: number, cost = 1): number {
  const current = refill(bucket, state, nowMs);
  const needed = Math.min(cost, bucket.capacity) - current.tokens;
  return needed <= 0 ? 0 : Math.ceil((needed * 1000) / bucket.ratePerSecond);
}

/** Takes `cost` tokens if they are there; null when not (nothing is taken). */
export function take(bucket: TokenBucket, state: BucketState, nowMs: number, cost = 1): BucketState | null {
  const current = refill(bucket, state, nowMs);
  // A hair of tolerance: msUntilAvailable rounds up to whole milliseconds.
  if (current.tokens + 1e-9 < cost) return null;
  return { tokens: Math.max(0, current.tokens - cost), atMs: current.atMs };
}
