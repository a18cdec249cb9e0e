/**
 * Check-in participation: for each week of a cycle, how many key result owners there are and how
 * many of them checked in. An owner "checked in" in a week when any key result they own got a
 * check-in recorded in it (by them or a contributor). Ownership is as it stands today.
 */

/** What participation needs of a key result: its owner and the weeks it got a check-in. */
export interface KeyResultActivity<P> {
  readonly owner: P;
  readonly checkInWeeks: readonly number[];
}

export interface OwnerActivity<P> {
  readonly owner: P;
  readonly keyResults: number;
  /** Weeks in which at least one of their key results got a check-in. */
  readonly weeks: ReadonlySet<number>;
}

export interface WeekParticipation {
  readonly week: number;
  readonly owners: number;
  readonly checkedIn: number;
  /** checkedIn / owners; null when nobody owns a key result. */
  readonly rate: number | null;
}

/** Folds key results into one row per owner. */
export function ownerActivity<P>(keyResults: Iterable<KeyResultActivity<P>>): Map<P, OwnerActivity<P>> {
  const rows = new Map<P, { owner: P; keyResults: number; weeks: Set<number> }>();
  for (const kr of keyResults) {
    let row = rows.get(kr.owner);
    if (!row) {
      row = { owner: kr.owner, keyResults: 0, weeks: new Set() };
      rows.set(kr.owner, row);
    }
    row.keyResults += 1;
    for (const week of kr.checkInWeeks) row.weeks.add(week);
  }
  return rows;
}

/** Owners and those who checked in, for weeks 0..weekCount-1. */
export function weeklyParticipation<P>(owners: Iterable<OwnerActivity<P>>, weekCount: number): WeekParticipation[] {
  const checkedIn = new Array<number>(weekCount).fill(0);
  let total = 0;
  for (const owner of owners) {
    total += 1;
    for (const week of owner.weeks) if (week >= 0 && week < weekCount) checkedIn[week]! += 1;
  }
  return checkedIn.map((n, week) => ({ week, owners: total, checkedIn: n, rate: total === 0 ? null : Math.round((n / total) * 1000) / 1000 }));
}

/** The owners who did not check in during a week. */
export function missingInWeek<P>(owners: Iterable<OwnerActivity<P>>, week: number): OwnerActivity<P>[] {
  return [...owners].filter((o) => !o.weeks.has(week));
}
