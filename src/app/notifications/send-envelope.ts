import { NOTIFICATION_KINDS, notificationKey, type QueuedNotification } from './queued-notification.js';

/** The queue message body: the notification, plus what the pipeline needs to carry between attempts. */
export interface SendEnvelope {
  readonly v: 1;
  readonly notification: QueuedNotification;
  /** Send attempts made so far (answers from Teams, not deferrals). */
  readonly attempts: number;
  readonly lastError: string | null;
}

export const newEnvelope = (notification: QueuedNotification): SendEnvelope => ({ v: 1, notification, attempts: 0, lastError: null });

export const encodeEnvelope = (envelope: SendEnvelope): string => JSON.stringify(envelope);

const isString = (value: unknown): value is string => typeof value === 'string' && value.length > 0;

/** The envelope, or null when the body is not one (it then goes to the dead letters, never retried). */
export function decodeEnvelope(body: string): SendEnvelope | null {
  let raw: unknown;
  try {
    raw = JSON.parse(body);
  } catch {
    return null;
  }
  if (typeof raw !== 'object' || raw === null) return null;
  const { v, notification: n, attempts, lastError } = raw as Record<string, unknown>;
  if (v !== 1 || typeof n !== 'object' || n === null) return null;
  const { key, tenantId, recipientId, kind, period, enqueuedAt } = n as Record<string, unknown>;
  if (!isString(key) || !isString(tenantId) || !isString(recipientId) || !isString(period) || !isString(enqueuedAt)) return null;
  if (!(NOTIFICATION_KINDS as readonly unknown[]).includes(kind)) return null;
  const notification: QueuedNotification = { key, tenantId, recipientId, kind: kind as QueuedNotification['kind'], period, enqueuedAt };
  if (notificationKey(notification) !== key) return null;
  if (typeof attempts !== 'number' || !Number.isInteger(attempts) || attempts < 0) return null;
  return { v: 1, notification, attempts, lastError: typeof lastError === 'string' ? lastError : null };
}

/**
 * Best effort for a body that does not decode: the parts of the key, if the key is there, so the
 * dead letter says whose it was.
 */
export function salvageKey(body: string): Pick<QueuedNotification, 'key' | 'tenantId' | 'recipientId' | 'kind' | 'period'> | null {
  try {
    const key = (JSON.parse(body) as { notification?: { key?: unknown } }).notification?.key;
    if (typeof key !== 'string') return null;
    const [tenantId, recipientId, kind, ...rest] = key.split('|');
    if (!tenantId || !recipientId || !kind || rest.length === 0) return null;
    return { key, tenantId, recipientId, kind: kind as QueuedNotification['kind'], period: rest.join('|') };
  } catch {
    return null;
  }
}
