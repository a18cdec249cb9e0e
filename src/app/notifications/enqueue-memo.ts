/**
 * What this scheduler instance already settled (enqueued, or saw claimed by another instance), so a
 * tick every minute does not ask the ledger again for the whole catch-up window. Per instance and
 * in memory: after a restart the ledger answers instead (one write attempt per key).
 */
export class EnqueueMemo {
  private readonly settled = new Map<string, number>();

  constructor(private readonly keepMs: number) {}

  has(key: string, nowMs: number): boolean {
    const until = this.settled.get(key);
    return until !== undefined && until > nowMs;
  }

  remember(key: string, nowMs: number, keepMs = this.keepMs): void {
    this.settled.set(key, nowMs + keepMs);
  }

  prune(nowMs: number): void {
    for (const [key, until] of this.settled) if (until <= nowMs) this.settled.delete(key);
  }

  get size(): number {
    return this.settled.size;
  }
}
