import type { Cycle } from '../cycle.js';
import type { Objective } from '../objective.js';
import type { CycleGrade } from './coach-checks.js';

/** How many earlier cycles the history checks look at ("1.0 two cycles running"). */
export const HISTORY_CYCLES = 2;

/**
 * The closed cycles just before the given one, newest first: the cycles whose grades say whether
 * an owner tends to sandbag or overreach.
 */
export function previousClosedCycles(cycles: readonly Cycle[], current: Pick<Cycle, 'id' | 'startDate'>, count = HISTORY_CYCLES): Cycle[] {
  return cycles
    .filter((c) => c.id !== current.id && c.state === 'closed' && c.endDate < current.startDate)
    .sort((a, b) => (a.endDate < b.endDate ? 1 : a.endDate > b.endDate ? -1 : 0))
    .slice(0, count);
}

/** An owner's grade in a cycle: the mean of their graded objectives there, or null when none was graded. */
export function cycleGrade(cycle: Pick<Cycle, 'id' | 'name'>, owned: readonly Pick<Objective, 'grade'>[]): CycleGrade {
  const grades = owned.map((o) => o.grade).filter((g): g is number => typeof g === 'number');
  const grade = grades.length === 0 ? null : Math.round((grades.reduce((a, b) => a + b, 0) / grades.length) * 100) / 100;
  return { cycleId: cycle.id, cycleName: cycle.name, grade };
}
