import { msUntilWindowsAllow, pruneLog, type WindowLimit } from '../../domain/notifications/sliding-window.js';
import { conversationWindows, tenantBucket, tenantPeakWindow } from '../../domain/notifications/teams-limits.js';
import { fullBucket, msUntilAvailable, take, type BucketState, type TokenBucket } from '../../domain/notifications/token-bucket.js';
import type { Clock } from '../ports/clock.js';
import { abortError, type Sleep } from './ports/sleep.js';

export interface GateLimits {
  readonly ratePerTenant: number;
  readonly ratePerConversation: number;
}

export interface TenantMarkers {
  untilMs(tenantId: string): number;
  refresh(tenantId: string): Promise<void>;
}

interface Waiter {
  readonly conversationId: string;
  readonly resolve: () => void;
  readonly reject: (error: Error) => void;
  readonly detach: () => void;
}

interface TenantState {
  bucket: BucketState;
  log: number[];
  readonly waiters: Waiter[];
  pumping: boolean;
  /** Set while the pump naps because every waiting conversation is busy: a newcomer may go at once. */
  conversationNap: AbortController | null;
}

/** The pump looks again at least this often, so new waiters and other instances' markers are seen. */
const MAX_NAP_MS = 250;

/**
 * Lets sends through, per tenant in arrival order, when the tenant's token bucket, its catch-up
 * window (under Teams' 50 a second), its "throttled until" marker and the conversation's Teams
 * windows all allow. Shared by every worker of the process. A waiter whose conversation is busy does not hold up
 * the others.
 */
export class SendGate {
  private readonly tenants = new Map<string, TenantState>();
  private readonly conversations = new Map<string, number[]>();
  private readonly bucket: TokenBucket;
  private readonly peak: WindowLimit;
  private readonly conversationLimits: WindowLimit[];

  constructor(
    limits: GateLimits,
    private readonly clock: Clock,
    private readonly sleep: Sleep,
    private readonly markers: TenantMarkers,
  ) {
    this.bucket = tenantBucket(limits.ratePerTenant);
    this.peak = tenantPeakWindow(limits.ratePerTenant);
    this.conversationLimits = conversationWindows(limits.ratePerConversation);
  }

  /** Resolves when a send may start now; rejects with an AbortError when the signal aborts first. */
  acquire(tenantId: string, conversationId: string, signal?: AbortSignal): Promise<void> {
    if (signal?.aborted) return Promise.reject(abortError());
    const state = this.stateOf(tenantId);
    return new Promise<void>((resolve, reject) => {
      const onAbort = (): void => {
        const index = state.waiters.indexOf(waiter);
        if (index >= 0) state.waiters.splice(index, 1);
        reject(abortError());
      };
      const waiter: Waiter = { conversationId, resolve, reject, detach: () => signal?.removeEventListener('abort', onAbort) };
      signal?.addEventListener('abort', onAbort, { once: true });
      state.waiters.push(waiter);
      state.conversationNap?.abort();
      void this.pump(tenantId, state);
    });
  }

  /** About how long a send queued now would wait: the marker, then one token per waiter ahead. */
  projectedWaitMs(tenantId: string): number {
    const nowMs = this.clock.now().getTime();
    const state = this.stateOf(tenantId);
    const marker = Math.max(0, this.markers.untilMs(tenantId) - nowMs);
    const ahead = state.waiters.length + 1;
    const tokens = Math.min(ahead, this.bucket.capacity);
    const forTokens = msUntilAvailable(this.bucket, state.bucket, nowMs + marker, tokens);
    const beyondBucket = ((ahead - tokens) * 1000) / this.bucket.ratePerSecond;
    return marker + forTokens + Math.ceil(beyondBucket);
  }

  waiting(tenantId: string): number {
    return this.tenants.get(tenantId)?.waiters.length ?? 0;
  }

  private stateOf(tenantId: string): TenantState {
    let state = this.tenants.get(tenantId);
    if (!state) {
      state = { bucket: fullBucket(this.bucket, this.clock.now().getTime()), log: [], waiters: [], pumping: false, conversationNap: null };
      this.tenants.set(tenantId, state);
    }
    return state;
  }

  private async pump(tenantId: string, state: TenantState): Promise<void> {
    if (state.pumping) return;
    state.pumping = true;
    try {
      while (state.waiters.length > 0) {
        void this.markers.refresh(tenantId).catch(() => undefined);
        const nowMs = this.clock.now().getTime();
        state.log = pruneLog(state.log, nowMs, [this.peak]);
        const tenantWait = Math.max(
          this.markers.untilMs(tenantId) - nowMs,
          msUntilAvailable(this.bucket, state.bucket, nowMs),
          msUntilWindowsAllow(state.log, nowMs, [this.peak]),
        );
        if (tenantWait > 0) {
          await this.sleep(Math.min(tenantWait, MAX_NAP_MS));
          continue;
        }
        let chosen = -1;
        let conversationWait = Number.POSITIVE_INFINITY;
        for (let i = 0; i < state.waiters.length && chosen < 0; i++) {
          const wait = msUntilWindowsAllow(this.conversationLog(state.waiters[i]!.conversationId, nowMs), nowMs, this.conversationLimits);
          if (wait <= 0) chosen = i;
          else conversationWait = Math.min(conversationWait, wait);
        }
        if (chosen < 0) {
          state.conversationNap = new AbortController();
          await this.sleep(Math.min(conversationWait, MAX_NAP_MS), state.conversationNap.signal).catch(() => undefined);
          state.conversationNap = null;
          continue;
        }
        const [waiter] = state.waiters.splice(chosen, 1);
        state.bucket = take(this.bucket, state.bucket, nowMs) ?? state.bucket;
        state.log.push(nowMs);
        this.conversations.get(waiter!.conversationId)!.push(nowMs);
        waiter!.detach();
        waiter!.resolve();
      }
    } finally {
      state.pumping = false;
    }
  }

  private conversationLog(conversationId: string, nowMs: number): number[] {
    const log = pruneLog(this.conversations.get(conversationId) ?? [], nowMs, this.conversationLimits);
    this.conversations.set(conversationId, log);
    return log;
  }

  /** Forgets conversations with nothing left in any window; the pipeline calls it now and then. */
  sweep(): void {
    const nowMs = this.clock.now().getTime();
    for (const [id, log] of this.conversations) if (pruneLog(log, nowMs, this.conversationLimits).length === 0) this.conversations.delete(id);
  }
}
