/**
 * The period part of a feedback notification's idempotency key (`tenant|recipient|kind|period`): the
 * day the item was created and its id, "2026-11-23~frq.<subject>.<id>". One card per invitee and
 * request, one reminder, one channel post per praise; the date places the delivery records by month.
 */
export const deliveryPeriod = (createdAt: string, itemId: string): string => `${createdAt.slice(0, 10)}~${itemId}`;

/** The item id a period names, or null when the period is not one of these. */
export function itemIdOfPeriod(period: string): string | null {
  const match = /^\d{4}-\d{2}-\d{2}~(.+)$/.exec(period);
  return match ? match[1]! : null;
}
