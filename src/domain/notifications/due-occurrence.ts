import { civilMinutes, type LocalDateTime } from './civil-time.js';
import type { WeeklySlot } from './local-slot.js';
import { periodOf, previousPeriod, slotDay, type Period, type ReminderCadence } from './period-keys.js';

/** A slot occurrence that is due now: the message for `period` should go out. */
export interface DueOccurrence {
  readonly period: string;
  /** When the slot fell, on the person's wall clock. */
  readonly at: LocalDateTime;
  /** Minutes since the slot (0 when the tick lands on it). */
  readonly lateByMinutes: number;
}

/** Schedulers that were down catch up on a missed slot for this long, and no longer. */
export const DEFAULT_CATCH_UP_MINUTES = 12 * 60;

function occurrence(cadence: ReminderCadence, period: Period, slot: WeeklySlot): LocalDateTime {
  const day = slotDay(cadence, period, slot.weekday);
  return { ...day, hour: Math.floor(slot.minuteOfDay / 60), minute: slot.minuteOfDay % 60 };
}

/**
 * Whether a slot is due at the wall-clock time `now`: it is once the slot's time has come in the
 * current period (or came in the previous one, for a slot late in a period) and for at most
 * `catchUpMinutes` after it. Comparing wall-clock times makes daylight saving simple: a slot in the
 * hour skipped in spring is due as soon as the clock jumps past it; one in the hour repeated in
 * autumn is due at its first pass (the idempotency key stops the second).
 */
export function dueOccurrence(now: LocalDateTime, slot: WeeklySlot, cadence: ReminderCadence, catchUpMinutes = DEFAULT_CATCH_UP_MINUTES): DueOccurrence | null {
  const nowMinutes = civilMinutes(now);
  for (const period of [periodOf(cadence, now), previousPeriod(cadence, now)]) {
    const at = occurrence(cadence, period, slot);
    const late = nowMinutes - civilMinutes(at);
    if (late >= 0) return late < catchUpMinutes ? { period: period.key, at, lateByMinutes: late } : null;
  }
  return null;
}
