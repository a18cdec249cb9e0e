import { fail, ok, type Result } from '../../shared/result.js';
import { INSIGHTS_ERROR, type InsightsErrorCode } from './insights-error-codes.js';
import { chainReports, chooseScope, reportsByManager, type InsightsScopeKind, type InsightsViewer } from './insights-scope.js';
import type { InsightsSnapshot } from './insights-snapshot.js';

/** Lookups derived once per loaded snapshot and reused by every request that reads it. */
export interface SnapshotIndex {
  readonly personById: ReadonlyMap<string, number>;
  readonly teamById: ReadonlyMap<string, number>;
  /** Direct reports by manager (person indices). */
  readonly reports: ReadonlyMap<number, readonly number[]>;
}

export function indexSnapshot(snapshot: InsightsSnapshot): SnapshotIndex {
  return {
    personById: new Map(snapshot.people.map((p, i) => [p.id, i])),
    teamById: new Map(snapshot.teams.map((t, i) => [t.id, i])),
    reports: reportsByManager(snapshot.people.map((p, i) => ({ id: i, manager: p.manager < 0 ? null : p.manager }))),
  };
}

export interface ScopeRequest {
  readonly scope?: InsightsScopeKind;
  readonly teamId?: string;
}

/** Who and what a view covers: masks over the snapshot's people and objectives (1 = in scope). */
export interface ScopeSelection {
  readonly kind: InsightsScopeKind;
  readonly teamIndex: number | null;
  readonly people: Uint8Array;
  readonly objectives: Uint8Array;
  readonly peopleCount: number;
}

/** True when the viewer has direct reports in the snapshot's reporting lines. */
export function viewerHasReports(index: SnapshotIndex, viewerId: string): boolean {
  const me = index.personById.get(viewerId);
  return me !== undefined && (index.reports.get(me)?.length ?? 0) > 0;
}

/**
 * Resolves what a viewer sees. 'all' covers everyone and every objective. 'reports' covers the
 * viewer's manager-chain reports, the objectives they own, and the team objectives of teams led by
 * them or by the viewer. A team narrows either to its members and its board.
 */
export function selectScope(snapshot: InsightsSnapshot, index: SnapshotIndex, viewer: InsightsViewer, request: ScopeRequest): Result<ScopeSelection, InsightsErrorCode> {
  const me = index.personById.get(viewer.id);
  const kind = chooseScope(viewer, viewerHasReports(index, viewer.id), request.scope);
  if (kind === null) {
    return fail(INSIGHTS_ERROR.forbidden, request.scope === 'all' ? 'Only OKR admins see the whole organisation' : 'Insights are for managers and OKR admins');
  }
  const people = new Uint8Array(snapshot.people.length);
  const objectives = new Uint8Array(snapshot.objectives.length);
  if (kind === 'all') {
    people.fill(1);
    objectives.fill(1);
  } else {
    const below = me === undefined ? new Set<number>() : chainReports(index.reports, me);
    for (const p of below) people[p] = 1;
    const ledTeams = new Uint8Array(snapshot.teams.length);
    snapshot.teams.forEach((t, i) => {
      if (t.lead >= 0 && (people[t.lead] === 1 || t.lead === me)) ledTeams[i] = 1;
    });
    snapshot.objectives.forEach((o, i) => {
      if ((o.ownerPerson >= 0 && people[o.ownerPerson] === 1) || (o.ownerTeam >= 0 && ledTeams[o.ownerTeam] === 1)) objectives[i] = 1;
    });
  }

  let teamIndex: number | null = null;
  if (request.teamId !== undefined) {
    const t = index.teamById.get(request.teamId);
    if (t === undefined) return fail(INSIGHTS_ERROR.unknownTeam, 'No such team', { teamId: request.teamId });
    teamIndex = t;
    const lead = snapshot.teams[t]!.lead;
    const leadInScope = lead >= 0 && (lead === me || people[lead] === 1);
    let anyone = false;
    snapshot.people.forEach((p, i) => {
      if (people[i] !== 1) return;
      if (p.teams.includes(t)) anyone = true;
      else people[i] = 0;
    });
    if (kind === 'reports' && !anyone && !leadInScope) {
      return fail(INSIGHTS_ERROR.outOfScope, 'Nobody in this team reports to you', { teamId: request.teamId });
    }
    snapshot.objectives.forEach((o, i) => {
      if (objectives[i] === 1 && !o.teams.includes(t)) objectives[i] = 0;
    });
  }
  let peopleCount = 0;
  for (const v of people) peopleCount += v;
  return ok({ kind, teamIndex, people, objectives, peopleCount });
}
