import type { QueuedNotification } from '../queued-notification.js';

/** What identifies one delivery: the idempotency key and the parts it is made of. */
export type DeliveryRef = Pick<QueuedNotification, 'key' | 'tenantId' | 'recipientId' | 'kind' | 'period'>;

export type ClaimResult = 'claimed' | 'taken';

export interface SentRecord extends DeliveryRef {
  readonly enqueuedAt: string;
  readonly sentAt: string;
  readonly attempts: number;
  readonly activityId: string | null;
}

export type DeadLetterReason = 'max-attempts' | 'permanent-failure' | 'no-conversation' | 'malformed';

export interface DeadLetter extends DeliveryRef {
  readonly reason: DeadLetterReason;
  /** The status and message of the last answer, or what was wrong. */
  readonly detail: string;
  readonly lastStatus: number | null;
  readonly attempts: number;
  readonly enqueuedAt: string | null;
  readonly at: string;
}

/**
 * Where the send pipeline remembers what it did, so several schedulers and workers (and restarts)
 * agree: who enqueued a delivery, whether it was sent, which ones gave up, and which tenants Teams
 * throttled. Every write that decides something is create-if-absent on the idempotency key.
 */
export interface DeliveryLedger {
  /**
   * Creates the enqueue claim for a key unless one exists. 'claimed': the caller enqueues the message
   * and then calls markEnqueued. A claim that stayed un-enqueued for `staleAfterMs` (its claimer died
   * between claiming and enqueueing) is taken over, so no recipient is lost.
   */
  claimEnqueue(ref: DeliveryRef, at: Date, staleAfterMs: number): Promise<ClaimResult>;
  markEnqueued(ref: DeliveryRef, at: Date): Promise<void>;
  /** Gives a claim up after the enqueue failed, so the next tick tries again. */
  releaseClaim(ref: DeliveryRef): Promise<void>;

  findSent(ref: DeliveryRef): Promise<SentRecord | null>;
  /** Create-if-absent: 'already-recorded' means another worker recorded the same key first. */
  recordSent(record: SentRecord): Promise<'recorded' | 'already-recorded'>;

  recordDeadLetter(letter: DeadLetter): Promise<void>;
  /** A tenant's dead letters for the deliveries of one month ("2026-11"). */
  listDeadLetters(tenantId: string, month: string): Promise<DeadLetter[]>;

  /** The tenant's "throttled until" marker, or null. Every worker of every instance respects it. */
  throttledUntil(tenantId: string): Promise<Date | null>;
  /** Moves the marker later (never earlier). */
  extendThrottle(tenantId: string, until: Date): Promise<void>;
}
