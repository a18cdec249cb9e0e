/** What the scheduler enqueues: one message per recipient and period, identified by its idempotency key. */
export const NOTIFICATION_KINDS = ['checkin-reminder', 'manager-digest'] as const;
export type NotificationKind = (typeof NOTIFICATION_KINDS)[number];

export interface QueuedNotification {
  /** The idempotency key: `${tenantId}|${recipientId}|${kind}|${period}`. Never sent twice. */
  readonly key: string;
  readonly tenantId: string;
  readonly recipientId: string;
  readonly kind: NotificationKind;
  /** The period the message belongs to, e.g. "2026-W48" for a weekly reminder. */
  readonly period: string;
  readonly enqueuedAt: string;
}

export const notificationKey = (n: Pick<QueuedNotification, 'tenantId' | 'recipientId' | 'kind' | 'period'>): string =>
  `${n.tenantId}|${n.recipientId}|${n.kind}|${n.period}`;
