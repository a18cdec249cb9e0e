import type { DeliveryLedger } from './ports/delivery-ledger.js';
import type { SendQueue } from './ports/send-queue.js';
import type { QueuedNotification } from './queued-notification.js';
import { encodeEnvelope, newEnvelope } from './send-envelope.js';

export interface EnqueueDeps {
  readonly ledger: DeliveryLedger;
  readonly queue: SendQueue;
  /** How long a claim may stay un-enqueued before another scheduler takes it over. */
  readonly claimStaleAfterMs: number;
}

/** A claim that never turned into a queued message is taken over after this long. */
export const DEFAULT_CLAIM_STALE_AFTER_MS = 5 * 60_000;

export type EnqueueOutcome = 'enqueued' | 'already-claimed';

/**
 * Enqueues a notification once per idempotency key, however many schedulers try at the same time:
 * the ledger's create-if-absent claim picks one of them. A failed enqueue gives the claim back.
 * `visibilityDelayMs` queues it for later (a reminder days ahead; Azure Storage allows up to 7 days).
 */
export async function enqueueOnce(deps: EnqueueDeps, notification: QueuedNotification, now: Date, options: { readonly visibilityDelayMs?: number } = {}): Promise<EnqueueOutcome> {
  if ((await deps.ledger.claimEnqueue(notification, now, deps.claimStaleAfterMs)) === 'taken') return 'already-claimed';
  try {
    await deps.queue.enqueue(encodeEnvelope(newEnvelope(notification)), options.visibilityDelayMs ? { visibilityDelayMs: options.visibilityDelayMs } : undefined);
  } catch (error) {
    await deps.ledger.releaseClaim(notification).catch(() => undefined);
    throw error;
  }
  // Until this lands, the claim looks abandoned after claimStaleAfterMs; try hard.
  for (let attempt = 1; ; attempt++) {
    try {
      await deps.ledger.markEnqueued(notification, now);
      return 'enqueued';
    } catch (error) {
      if (attempt >= 3) throw error;
    }
  }
}
