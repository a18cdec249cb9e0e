import { addDays, formatDate, type LocalDate, type LocalDateTime } from '../../notifications/civil-time.js';
import type { ReviewPhase } from '../document-kinds.js';
import type { ReminderPhase } from './reminder-periods.js';

/** Reminders go out this many days before a phase deadline, and again on the deadline day. */
export const DEFAULT_REMINDER_DAYS_BEFORE = 2;
/** Not before this hour on the recipient's wall clock: nobody is nudged at midnight. */
export const DEFAULT_REMINDER_HOUR = 9;

export interface ReminderTiming {
  readonly daysBefore: number;
  readonly hour: number;
}

export const DEFAULT_REMINDER_TIMING: ReminderTiming = { daysBefore: DEFAULT_REMINDER_DAYS_BEFORE, hour: DEFAULT_REMINDER_HOUR };

/** In which cycle phases each kind of work is still open, so a reminder about it makes sense. */
const OPEN_IN: { readonly [P in ReminderPhase]: readonly ReviewPhase[] } = {
  // The self review may still be written while peers answer; its deadline is what the reminder names.
  self: ['self', 'peer'],
  peer: ['peer'],
  manager: ['manager'],
};

export const reminderOpenIn = (phase: ReminderPhase, cyclePhase: ReviewPhase): boolean => OPEN_IN[phase].includes(cyclePhase);

const parseDate = (value: string): LocalDate | null => {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  return match ? { year: Number(match[1]), month: Number(match[2]), day: Number(match[3]) } : null;
};

/**
 * The reminder due now on a recipient's wall clock for a deadline, as its day ("YYYY-MM-DD"), or
 * null: a reminder is due on the day `daysBefore` days ahead of the deadline and on the deadline day,
 * from `hour` on, for the rest of that day. (A server down for a whole day skips that nudge; the
 * next one still comes.) `daysBefore` 0 leaves only the deadline day.
 */
export function dueReminderDay(deadline: string, local: LocalDateTime, timing: ReminderTiming = DEFAULT_REMINDER_TIMING): string | null {
  const due = parseDate(deadline);
  if (!due || local.hour < timing.hour) return null;
  const today = formatDate(local);
  const days = [formatDate(due), ...(timing.daysBefore > 0 ? [formatDate(addDays(due, -timing.daysBefore))] : [])];
  return days.includes(today) ? today : null;
}

/**
 * Whether a peer request should be part of the reminder of `day`: only when it was opened before
 * that day. A request approved the same day just brought its own card; a reminder with it is noise.
 */
export const openedBefore = (createdAt: string, day: string): boolean => createdAt.slice(0, 10) < day;
