import { cycleBounds, type Cycle } from '../cycle.js';

export const WEEK_MS = 7 * 24 * 3600_000;

/** One week of a cycle, counted from the cycle's first day: [start, end) as ISO instants. */
export interface CycleWeek {
  /** 0 for the cycle's first seven days. */
  readonly index: number;
  readonly start: string;
  /** Exclusive; the last week is cut at the end of the cycle's last day. */
  readonly end: string;
}

/**
 * The weeks of a cycle that have begun by `now`: week 0 starts on the cycle's first day (UTC) and
 * every week is seven days, so weeks mean the same in every time zone and every cycle. A cycle that
 * has not started has no weeks yet; one that has ended has all of them.
 */
export function cycleWeeks(cycle: Pick<Cycle, 'startDate' | 'endDate'>, now: Date): CycleWeek[] {
  const { start, end } = cycleBounds(cycle);
  const endExclusive = end + 1;
  const last = Math.min(now.getTime(), end);
  const weeks: CycleWeek[] = [];
  for (let from = start, index = 0; from <= last && from < endExclusive; from += WEEK_MS, index++) {
    weeks.push({ index, start: new Date(from).toISOString(), end: new Date(Math.min(from + WEEK_MS, endExclusive)).toISOString() });
  }
  return weeks;
}

/** The week an instant falls in, or -1 when it lies outside the given weeks. */
export function weekIndexOf(weeks: readonly CycleWeek[], at: string): number {
  const first = weeks[0];
  if (!first) return -1;
  const instant = Date.parse(at);
  const offset = instant - Date.parse(first.start);
  if (!(offset >= 0)) return -1;
  const index = Math.floor(offset / WEEK_MS);
  const week = weeks[index];
  return week && instant < Date.parse(week.end) ? index : -1;
}

/** The instant a week is measured at: its end, or `now` while the week is still running. */
export const weekMeasuredAt = (week: CycleWeek, now: Date): number => Math.min(Date.parse(week.end) - 1, now.getTime());
