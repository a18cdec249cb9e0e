import type { Clock } from '../ports/clock.js';
import type { DeliveryLedger } from './ports/delivery-ledger.js';

/**
 * The per-tenant "throttled until" markers, as this process sees them: written through to the
 * ledger on a 429 (so every instance learns of it) and read back from it at most once per
 * `refreshMs` per tenant (so this process learns of other instances' 429s within about a second).
 */
export class ThrottleMarkers {
  private readonly known = new Map<string, { untilMs: number; readAtMs: number }>();
  private readonly reading = new Map<string, Promise<void>>();

  constructor(
    private readonly ledger: Pick<DeliveryLedger, 'throttledUntil' | 'extendThrottle'>,
    private readonly clock: Clock,
    private readonly refreshMs = 1000,
  ) {}

  /** The marker as last known (0: none). */
  untilMs(tenantId: string): number {
    return this.known.get(tenantId)?.untilMs ?? 0;
  }

  /** Reads the ledger's marker if this process's copy is older than refreshMs; one read at a time per tenant. */
  refresh(tenantId: string): Promise<void> {
    const nowMs = this.clock.now().getTime();
    const entry = this.known.get(tenantId);
    if (entry && nowMs - entry.readAtMs < this.refreshMs) return Promise.resolve();
    let pending = this.reading.get(tenantId);
    if (!pending) {
      pending = this.ledger
        .throttledUntil(tenantId)
        .then((until) => {
          const current = this.known.get(tenantId)?.untilMs ?? 0;
          this.known.set(tenantId, { untilMs: Math.max(current, until?.getTime() ?? 0), readAtMs: this.clock.now().getTime() });
        })
        .finally(() => this.reading.delete(tenantId));
      this.reading.set(tenantId, pending);
    }
    return pending;
  }

  /** A 429 said to leave the tenant alone until `untilMs`: this process stops at once, the others at their next read. */
  async note(tenantId: string, untilMs: number): Promise<void> {
    const entry = this.known.get(tenantId);
    if (untilMs > (entry?.untilMs ?? 0)) this.known.set(tenantId, { untilMs, readAtMs: entry?.readAtMs ?? 0 });
    await this.ledger.extendThrottle(tenantId, new Date(untilMs));
  }
}
