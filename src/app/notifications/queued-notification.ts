/** What the scheduler enqueues: one message per recipient and period, identified by its idempotency key. */
export const NOTIFICATION_KINDS = ['checkin-reminder', 'manager-digest', 'feedback-request', 'feedback-reminder', 'praise-post', 'review-peer-request', 'review-reminder'] as const;
export type NotificationKind = (typeof NOTIFICATION_KINDS)[number];

/**
 * Where each kind is delivered: the recipient's personal chat with Tandem, or (praise only, which is
 * public in the tenant) a channel of the team named as recipient. Confidential kinds are personal,
 * always: the pipeline looks up no other conversation for them.
 */
export const NOTIFICATION_SCOPE: { readonly [K in NotificationKind]: 'personal' | 'team' } = {
  'checkin-reminder': 'personal',
  'manager-digest': 'personal',
  'feedback-request': 'personal',
  'feedback-reminder': 'personal',
  'praise-post': 'team',
  'review-peer-request': 'personal',
  'review-reminder': 'personal',
};

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
