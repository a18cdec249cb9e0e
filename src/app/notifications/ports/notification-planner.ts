import type { NotificationKind } from '../queued-notification.js';

/** One delivery a planner finds due: to whom, what kind, for which period (the idempotency key's parts). */
export interface PlannedNotification {
  readonly recipientId: string;
  readonly kind: NotificationKind;
  readonly period: string;
}

/**
 * A source of notifications the scheduler does not know about by itself (review deadlines, peer
 * request cards): each tick asks every planner what is due in a tenant and queues each result once,
 * through the same ledger claim, conversation check and send queue as check-in reminders. A planner
 * says only who gets what; the message itself is composed at send time, as its recipient.
 */
export interface NotificationPlanner {
  /** For logs. */
  readonly name: string;
  plan(tenantId: string, now: Date): Promise<readonly PlannedNotification[]>;
}
