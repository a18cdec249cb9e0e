/** What to do after a send failed. */
export type RetryDecision =
  | {
      readonly action: 'retry';
      readonly delayMs: number;
      /** Set on 429: how long every worker leaves the whole tenant alone. */
      readonly throttleTenantMs: number | null;
    }
  | { readonly action: 'uninstalled' }
  | { readonly action: 'dead-letter'; readonly cause: 'max-attempts' | 'permanent-failure'; readonly reason: string };

export interface RetryPolicy {
  /** Attempts in all before a message goes to the dead letters. */
  readonly maxAttempts: number;
  /** Backoff cap of the first retry; doubles with each attempt. */
  readonly baseDelayMs: number;
  readonly maxDelayMs: number;
}

export const DEFAULT_RETRY_POLICY: RetryPolicy = { maxAttempts: 8, baseDelayMs: 1000, maxDelayMs: 120_000 };

/** Teams throttling and transient gateway errors; 0 stands for "no answer" (network error, timeout), 408 too. */
export const RETRYABLE_STATUSES: ReadonlySet<number> = new Set([0, 408, 412, 429, 502, 503, 504]);
/** The app was removed, the user blocked the bot, or the conversation is gone. */
export const UNINSTALLED_STATUSES: ReadonlySet<number> = new Set([403, 404]);

/** Equal jitter: half the exponential cap, plus a random part of the other half. */
export function backoffMs(attempt: number, policy: RetryPolicy, random: () => number): number {
  const cap = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** Math.max(0, attempt - 1));
  return Math.round(cap / 2 + random() * (cap / 2));
}

/** Retry-After is honoured as given, plus up to 10% (at most a second) so waiting workers do not return in a herd. */
function afterRetryAfter(retryAfterMs: number, random: () => number): number {
  return Math.round(retryAfterMs + random() * Math.min(1000, retryAfterMs / 10));
}

/**
 * The decision after the `attempt`-th failed attempt (1 = the first one) with HTTP `status` and the
 * Retry-After the answer carried (ms, or null).
 */
export function decideAfterFailure(
  failure: { readonly status: number; readonly retryAfterMs: number | null; readonly message?: string },
  attempt: number,
  policy: RetryPolicy,
  random: () => number,
): RetryDecision {
  const { status } = failure;
  if (UNINSTALLED_STATUSES.has(status)) return { action: 'uninstalled' };
  const detail = failure.message ? `: ${failure.message}` : '';
  if (!RETRYABLE_STATUSES.has(status)) return { action: 'dead-letter', cause: 'permanent-failure', reason: `status ${status}${detail}` };
  if (attempt >= policy.maxAttempts) return { action: 'dead-letter', cause: 'max-attempts', reason: `gave up after ${attempt} attempts, last status ${status}${detail}` };
  const retryAfter = failure.retryAfterMs !== null && failure.retryAfterMs >= 0 ? failure.retryAfterMs : null;
  const delayMs = retryAfter !== null ? afterRetryAfter(retryAfter, random) : backoffMs(attempt, policy, random);
  return { action: 'retry', delayMs, throttleTenantMs: status === 429 ? (retryAfter ?? delayMs) : null };
}
