import type { WindowLimit } from './sliding-window.js';
import type { TokenBucket } from './token-bucket.js';

/** Teams' limits per bot per conversation (DESIGN §6). */
export const TEAMS_CONVERSATION_LIMITS: readonly WindowLimit[] = [
  { limit: 7, spanMs: 1000 },
  { limit: 8, spanMs: 2000 },
  { limit: 60, spanMs: 30_000 },
  { limit: 1800, spanMs: 3_600_000 },
];

/** Teams' limit per app per tenant: 50 requests a second (older documents say 30). */
export const TEAMS_TENANT_REQUESTS_PER_SECOND = 50;

/** The conversation windows with the configured per-second rate (never above Teams' 7). */
export function conversationWindows(ratePerConversation: number): WindowLimit[] {
  const perSecond = Math.max(1, Math.min(Math.floor(ratePerConversation), TEAMS_CONVERSATION_LIMITS[0]!.limit));
  return [{ limit: perSecond, spanMs: 1000 }, ...TEAMS_CONVERSATION_LIMITS.slice(1)];
}

/**
 * A tenant's sustained rate with three seconds of tokens: after a throttling pause it catches up on
 * the time lost, so a 429 costs the tenant little throughput.
 */
export function tenantBucket(ratePerTenant: number): TokenBucket {
  return { ratePerSecond: ratePerTenant, capacity: Math.max(1, ratePerTenant * 3) };
}

/**
 * How fast that catch-up may go: at most 45 requests in any 1.25 s. Saved-up tokens go out together
 * when a pause ends, so they are on their way before the next 429 can pause the tenant again (sent
 * one by one, each 429 would stop most of them); and however late such a clump reaches Teams (up to
 * a quarter second), it never shares one of Teams' seconds with the next clump, so no second sees
 * more than 45 of Teams' 50. A rate too high for that headroom gets a plain one-second window.
 */
export function tenantPeakWindow(ratePerTenant: number): WindowLimit {
  const rate = Math.max(1, Math.ceil(ratePerTenant));
  if (rate * 1.25 > CATCH_UP_LIMIT) return { limit: Math.min(rate, TEAMS_TENANT_REQUESTS_PER_SECOND), spanMs: 1000 };
  return { limit: Math.min(CATCH_UP_LIMIT, rate * 2), spanMs: 1250 };
}

const CATCH_UP_LIMIT = 45;
