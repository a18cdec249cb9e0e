import { addDays, daysFromCivil, formatDate, isoWeek, isoWeekday, mondayOf, mondayOfIsoWeek, type LocalDate } from './civil-time.js';

export const REMINDER_CADENCES = ['weekly', 'biweekly', 'monthly'] as const;
export type ReminderCadence = (typeof REMINDER_CADENCES)[number];

/** A period of a cadence: its key (part of the idempotency key), first day and the first day after it. */
export interface Period {
  readonly key: string;
  readonly start: LocalDate;
  readonly end: LocalDate;
}

const pad = (n: number, width = 2): string => String(n).padStart(width, '0');

/** "2026-W48": the ISO week of a Monday. */
const weekKey = (monday: LocalDate): string => {
  const { weekYear, week } = isoWeek(monday);
  return `${weekYear}-W${pad(week)}`;
};

/**
 * Two-week periods are pairs of ISO weeks counted from the Monday 1970-01-05, so every tenant and
 * every server agree on them without stored state. Key: "2026-W47..2026-W48".
 */
const EPOCH_MONDAY = daysFromCivil({ year: 1970, month: 1, day: 5 });

function pairStart(date: LocalDate): LocalDate {
  const monday = mondayOf(date);
  const weeks = Math.floor((daysFromCivil(monday) - EPOCH_MONDAY) / 7);
  const odd = ((weeks % 2) + 2) % 2;
  return addDays(monday, -7 * odd);
}

/** The period of `cadence` that contains the local date. */
export function periodOf(cadence: ReminderCadence, date: LocalDate): Period {
  switch (cadence) {
    case 'weekly': {
      const start = mondayOf(date);
      return { key: weekKey(start), start, end: addDays(start, 7) };
    }
    case 'biweekly': {
      const start = pairStart(date);
      return { key: `${weekKey(start)}..${weekKey(addDays(start, 7))}`, start, end: addDays(start, 14) };
    }
    case 'monthly': {
      const start = { year: date.year, month: date.month, day: 1 };
      const end = date.month === 12 ? { year: date.year + 1, month: 1, day: 1 } : { year: date.year, month: date.month + 1, day: 1 };
      return { key: `${pad(date.year, 4)}-${pad(date.month)}`, start, end };
    }
  }
}

/** The period just before the one that contains `date`. */
export const previousPeriod = (cadence: ReminderCadence, date: LocalDate): Period => periodOf(cadence, addDays(periodOf(cadence, date).start, -1));

/**
 * The day a slot falls on in a period: the slot's weekday in the (first) week for weekly and
 * two-weekly periods, the first such weekday of the month for monthly ones.
 */
export function slotDay(cadence: ReminderCadence, period: Period, weekday: number): LocalDate {
  const offset = cadence === 'monthly' ? (weekday - isoWeekday(period.start) + 7) % 7 : weekday - 1;
  return addDays(period.start, offset);
}

const WEEK_KEY = /^(\d{4})-W(\d{2})$/;
const MONTH_KEY = /^(\d{4})-(\d{2})$/;
/** A one-off delivery about one item (a feedback request, a praise post): "2026-11-23~<item id>". */
const ITEM_KEY = /^(\d{4})-(\d{2})-(\d{2})~[^|]+$/;

/**
 * The first day of the period a key names ("2026-W48", "2026-W47..2026-W48", "2026-11", or a one-off
 * item's "2026-11-23~<id>"), as
 * YYYY-MM-DD; null for anything else. Stores use it to place delivery records by month.
 */
export function periodStartDate(key: string): string | null {
  const item = ITEM_KEY.exec(key);
  if (item) {
    const [month, day] = [Number(item[2]), Number(item[3])];
    return month >= 1 && month <= 12 && day >= 1 && day <= 31 ? `${item[1]}-${item[2]}-${item[3]}` : null;
  }
  const first = key.split('..')[0] ?? '';
  const week = WEEK_KEY.exec(first);
  if (week) {
    const weekNumber = Number(week[2]);
    if (weekNumber < 1 || weekNumber > 53) return null;
    return formatDate(mondayOfIsoWeek(Number(week[1]), weekNumber));
  }
  const month = MONTH_KEY.exec(first);
  if (month && key === first) {
    const m = Number(month[2]);
    return m >= 1 && m <= 12 ? `${month[1]}-${month[2]}-01` : null;
  }
  return null;
}
