import { fail, ok, type Result } from '../../shared/result.js';
import type { CycleWeek } from './cycle-weeks.js';
import { INSIGHTS_ERROR, type InsightsErrorCode } from './insights-error-codes.js';
import type { InsightsSnapshot } from './insights-snapshot.js';
import { missingInWeek, ownerActivity, weeklyParticipation, type OwnerActivity, type WeekParticipation } from './participation.js';
import { byName, personRef, teamRef, type PersonRef, type TeamRef } from './snapshot-refs.js';
import type { ScopeSelection } from './snapshot-scope.js';

export interface ParticipationWeek extends WeekParticipation {
  readonly start: string;
  readonly end: string;
}

export interface TeamParticipation {
  readonly team: TeamRef;
  readonly owners: number;
  readonly weeks: readonly { readonly week: number; readonly checkedIn: number; readonly rate: number | null }[];
}

export interface MissingPerson extends PersonRef {
  readonly keyResults: number;
}

export interface ParticipationView {
  readonly weeks: ParticipationWeek[];
  /** One row per team of the owners in scope (only the chosen team when one is chosen), by name. */
  readonly teams: TeamParticipation[];
  /** Key result owners in scope without a check-in in the chosen week (default: the latest), by name. */
  readonly missing: { readonly week: number | null; readonly total: number; readonly people: MissingPerson[]; readonly truncated: boolean };
}

export interface ParticipationOptions {
  readonly week?: number;
  readonly missingLimit: number;
}

const withDates = (rows: readonly WeekParticipation[], weeks: readonly CycleWeek[]): ParticipationWeek[] =>
  rows.map((r) => ({ ...r, start: weeks[r.week]!.start, end: weeks[r.week]!.end }));

/** Check-in participation by week and by team for the people in scope, and who is missing. */
export function participationView(snapshot: InsightsSnapshot, scope: ScopeSelection, options: ParticipationOptions): Result<ParticipationView, InsightsErrorCode> {
  const weekCount = snapshot.weeks.length;
  if (options.week !== undefined && (options.week < 0 || options.week >= weekCount)) {
    return fail(INSIGHTS_ERROR.unknownWeek, weekCount === 0 ? 'The cycle has not started yet' : `Weeks run from 0 to ${weekCount - 1} so far`, { weeks: weekCount });
  }
  const owners = ownerActivity(snapshot.keyResults.filter((kr) => scope.people[kr.owner] === 1));
  const rows = [...owners.values()];

  const byTeam = new Map<number, OwnerActivity<number>[]>();
  for (const row of rows) {
    for (const t of snapshot.people[row.owner]!.teams) {
      if (scope.teamIndex !== null && t !== scope.teamIndex) continue;
      const list = byTeam.get(t);
      if (list) list.push(row);
      else byTeam.set(t, [row]);
    }
  }
  const teams = [...byTeam].map(([t, members]) => ({
    team: teamRef(snapshot, t),
    owners: members.length,
    weeks: weeklyParticipation(members, weekCount).map(({ week, checkedIn, rate }) => ({ week, checkedIn, rate })),
  }));
  teams.sort((a, b) => byName(a.team, b.team));

  const week = options.week ?? (weekCount > 0 ? weekCount - 1 : null);
  const missing = week === null ? [] : missingInWeek(rows, week).map((o) => ({ ...personRef(snapshot, o.owner), keyResults: o.keyResults })).sort(byName);
  return ok({
    weeks: withDates(weeklyParticipation(rows, weekCount), snapshot.weeks),
    teams,
    missing: { week, total: missing.length, people: missing.slice(0, options.missingLimit), truncated: missing.length > options.missingLimit },
  });
}
