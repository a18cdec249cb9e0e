/**
 * Civil (wall-clock) dates and times, as a person reads them in their own time zone. The app turns
 * an instant into a LocalDateTime for a zone; everything here is plain calendar arithmetic, so the
 * rules need no time-zone database and stay exhaustively testable.
 */
export interface LocalDate {
  readonly year: number;
  /** 1-12 */
  readonly month: number;
  /** 1-31 */
  readonly day: number;
}

export interface LocalDateTime extends LocalDate {
  /** 0-23 */
  readonly hour: number;
  /** 0-59 */
  readonly minute: number;
}

/** ISO weekday: Monday 1 ... Sunday 7. */
export type IsoWeekday = 1 | 2 | 3 | 4 | 5 | 6 | 7;

const MINUTES_PER_DAY = 1440;

/** Days since 1970-01-01 of a proleptic Gregorian date (H. Hinnant's days_from_civil). */
export function daysFromCivil({ year, month, day }: LocalDate): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

/** The date `days` after 1970-01-01. */
export function civilFromDays(days: number): LocalDate {
  const z = days + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  return { year: yoe + era * 400 + (month <= 2 ? 1 : 0), month, day };
}

export const addDays = (date: LocalDate, days: number): LocalDate => civilFromDays(daysFromCivil(date) + days);

/** 1970-01-01 was a Thursday (ISO 4). */
export const isoWeekday = (date: LocalDate): IsoWeekday => ((((daysFromCivil(date) + 3) % 7) + 7) % 7 + 1) as IsoWeekday;

/** The Monday that starts the ISO week of `date`. */
export const mondayOf = (date: LocalDate): LocalDate => addDays(date, 1 - isoWeekday(date));

/** ISO 8601 week-numbering year and week (week 1 holds the year's first Thursday). */
export function isoWeek(date: LocalDate): { readonly weekYear: number; readonly week: number } {
  const thursday = addDays(date, 4 - isoWeekday(date));
  const firstOfYear = daysFromCivil({ year: thursday.year, month: 1, day: 1 });
  return { weekYear: thursday.year, week: Math.floor((daysFromCivil(thursday) - firstOfYear) / 7) + 1 };
}

/** The Monday of ISO week `week` of `weekYear`. */
export function mondayOfIsoWeek(weekYear: number, week: number): LocalDate {
  const jan4 = { year: weekYear, month: 1, day: 4 };
  return addDays(mondayOf(jan4), (week - 1) * 7);
}

export const daysInMonth = (year: number, month: number): number =>
  month === 12 ? 31 : daysFromCivil({ year, month: month + 1, day: 1 }) - daysFromCivil({ year, month, day: 1 });

/** A civil date-time as minutes on one line, for comparisons and differences on the wall clock. */
export const civilMinutes = (t: LocalDateTime): number => daysFromCivil(t) * MINUTES_PER_DAY + t.hour * 60 + t.minute;

export function fromCivilMinutes(minutes: number): LocalDateTime {
  const days = Math.floor(minutes / MINUTES_PER_DAY);
  const rest = minutes - days * MINUTES_PER_DAY;
  return { ...civilFromDays(days), hour: Math.floor(rest / 60), minute: rest % 60 };
}

const pad = (n: number, width = 2): string => String(n).padStart(width, '0');

export const formatDate = (d: LocalDate): string => `${pad(d.year, 4)}-${pad(d.month)}-${pad(d.day)}`;
export const formatDateTime = (t: LocalDateTime): string => `${formatDate(t)}T${pad(t.hour)}:${pad(t.minute)}`;
