import type { Clock } from '../ports/clock.js';
import type { PipelineLogger } from './ports/pipeline-logger.js';
import type { ReceivedMessage, SendQueue } from './ports/send-queue.js';
import { isAbortError, type Sleep } from './ports/sleep.js';

/** A send still under way this long before its message would become visible renews the visibility. */
const LEASE_RENEWAL_MARGIN_MS = 5000;

/**
 * A queue message a worker holds: its current pop receipt and when it becomes visible again, and the
 * three ways to let go of it (delete, hand back with a delay, or keep it hidden through a long send).
 */
export class HeldMessage {
  private popReceipt: string;
  private visibleAtMs: number;

  constructor(
    private readonly queue: SendQueue,
    readonly message: ReceivedMessage,
    private readonly clock: Clock,
    private readonly sleep: Sleep,
    private readonly visibilityTimeoutMs: number,
    private readonly logger: PipelineLogger,
  ) {
    this.popReceipt = message.popReceipt;
    this.visibleAtMs = clock.now().getTime() + visibilityTimeoutMs;
  }

  /** Deletes the message; if that fails it comes back after its visibility timeout and the ledger settles it then. */
  async remove(): Promise<void> {
    try {
      await this.queue.delete(this.message.messageId, this.popReceipt);
    } catch (error) {
      this.logger.warn({ err: error, messageId: this.message.messageId }, 'could not delete a queue message');
    }
  }

  /** Lets other workers have it after `delayMs`, with a new body; false when it was no longer ours. */
  async handBack(delayMs: number, body: string): Promise<boolean> {
    const delay = Math.max(0, Math.round(delayMs));
    const receipt = await this.queue.updateVisibility(this.message.messageId, this.popReceipt, delay, body);
    if (receipt === null) return false;
    this.popReceipt = receipt;
    this.visibleAtMs = this.clock.now().getTime() + delay;
    return true;
  }

  /**
   * Runs `work` (a send) while keeping the message hidden: still under way shortly before the message
   * would become visible, it renews the visibility, so no other worker takes the message meanwhile.
   */
  async whileHolding<T>(work: () => Promise<T>): Promise<T> {
    const stop = new AbortController();
    const lease = this.renewUntil(stop.signal).catch((error: unknown) => {
      if (!isAbortError(error)) this.logger.warn({ err: error, messageId: this.message.messageId }, 'could not renew a message under way');
    });
    try {
      return await work();
    } finally {
      stop.abort();
      await lease;
    }
  }

  private async renewUntil(signal: AbortSignal): Promise<void> {
    for (;;) {
      await this.sleep(Math.max(0, this.visibleAtMs - LEASE_RENEWAL_MARGIN_MS - this.clock.now().getTime()), signal);
      const receipt = await this.queue.updateVisibility(this.message.messageId, this.popReceipt, this.visibilityTimeoutMs);
      if (receipt === null) return;
      this.popReceipt = receipt;
      this.visibleAtMs = this.clock.now().getTime() + this.visibilityTimeoutMs;
    }
  }
}
