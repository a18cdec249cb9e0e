import type { PeerResponse } from './peer-response.js';

/** The review phases whose deadlines remind someone: self (the subject), peer (reviewers), manager (the cycle manager). */
export const REMINDER_PHASES = ['self', 'peer', 'manager'] as const;
export type ReminderPhase = (typeof REMINDER_PHASES)[number];

/**
 * The period of a peer request card's idempotency key (`tenant|recipient|kind|period`): the day the
 * nomination was approved (the slot's creation) and the response id, "2026-11-23~<responseId>".
 * The approval and the scheduler compute the same key, so the card goes out once, whoever queues it.
 * The response id names the subject's packet, never the author.
 */
export const peerRequestPeriod = (response: Pick<PeerResponse, 'id' | 'createdAt'>): string => `${response.createdAt.slice(0, 10)}~${response.id}`;

const PEER_REQUEST_PERIOD = /^\d{4}-\d{2}-\d{2}~([A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.pr[A-Za-z0-9_-]+)$/;

/** The response id a peer request period names, or null when the period is not one. */
export function responseIdOfPeriod(period: string): string | null {
  return PEER_REQUEST_PERIOD.exec(period)?.[1] ?? null;
}

/**
 * The period of a deadline reminder: the reminder's day and what it is about,
 * "2026-12-05~<cycleId>.peer". One per recipient, cycle, phase and day: a reviewer with three pending
 * requests in a cycle gets one reminder listing them, a manager one for all the reviews they owe.
 */
export const reminderPeriod = (day: string, cycleId: string, phase: ReminderPhase): string => `${day}~${cycleId}.${phase}`;

const REMINDER_PERIOD = /^(\d{4}-\d{2}-\d{2})~([A-Za-z0-9_-]+)\.(self|peer|manager)$/;

/** The parts of a reminder period, or null when the period is not one. */
export function parseReminderPeriod(period: string): { readonly day: string; readonly cycleId: string; readonly phase: ReminderPhase } | null {
  const match = REMINDER_PERIOD.exec(period);
  return match ? { day: match[1]!, cycleId: match[2]!, phase: match[3] as ReminderPhase } : null;
}
