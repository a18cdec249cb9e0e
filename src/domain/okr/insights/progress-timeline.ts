import { expectedProgress, type Cycle } from '../cycle.js';
import type { KeyResult } from '../key-result.js';
import { objectiveProgress } from '../progress.js';
import { weekMeasuredAt, type CycleWeek } from './cycle-weeks.js';
import { valueAt, type ValueAt } from './key-result-history.js';

/** One point of "progress against expected-by-now": at the end of a week (or now, in the running week). */
export interface TimelinePoint {
  readonly week: number;
  readonly at: string;
  /** The share of the cycle elapsed at that instant: where progress would be if it kept pace with time. */
  readonly expected: number;
  /** Mean progress of the objectives at that instant; null when there are none. */
  readonly actual: number | null;
}

const round3 = (n: number): number => Math.round(n * 1000) / 1000;

export type TimelineKeyResult = Pick<KeyResult, 'id' | 'spec' | 'weight'>;

/**
 * An objective's progress at the end of each week, replayed from its key results' check-ins
 * (`historyOf` gives each key result's values oldest first).
 */
export function weeklyObjectiveProgress(
  keyResults: readonly TimelineKeyResult[],
  historyOf: (keyResultId: string) => readonly ValueAt[],
  weeks: readonly CycleWeek[],
  now: Date,
): number[] {
  return weeks.map((week) => {
    const instant = weekMeasuredAt(week, now);
    return objectiveProgress(keyResults.map((kr) => ({ spec: kr.spec, weight: kr.weight, current: valueAt(kr, historyOf(kr.id), instant) })));
  });
}

/** The expected line and the mean of each week's objective progress, for a set of objectives. */
export function progressTimeline(
  cycle: Pick<Cycle, 'startDate' | 'endDate'>,
  weeks: readonly CycleWeek[],
  weeklyProgress: readonly (readonly number[])[],
  now: Date,
): TimelinePoint[] {
  return weeks.map((week, i) => {
    const instant = weekMeasuredAt(week, now);
    let sum = 0;
    let count = 0;
    for (const series of weeklyProgress) {
      const value = series[i];
      if (value === undefined) continue;
      sum += value;
      count += 1;
    }
    return { week: week.index, at: new Date(instant).toISOString(), expected: round3(expectedProgress(cycle, new Date(instant))), actual: count === 0 ? null : round3(sum / count) };
  });
}
