import { expectedProgress, type Cycle, type CycleState } from '../cycle.js';
import { keyResultProgress } from '../key-result.js';
import type { Objective, ObjectiveLevel, ObjectiveState } from '../objective.js';
import { objectiveConfidence, objectiveProgress } from '../progress.js';
import type { Person } from '../../people/person.js';
import type { Team } from '../../people/team.js';
import { meanGrade } from './ambition-calibration.js';
import { cycleWeeks, weekIndexOf, type CycleWeek } from './cycle-weeks.js';
import { byTime, type ValueAt } from './key-result-history.js';
import { weeklyObjectiveProgress } from './progress-timeline.js';
import { keyResultRisk, objectiveRisk, type RiskReason } from './risk.js';

/**
 * The insights aggregate of one cycle: every fact the analytics views need, precomputed from the
 * cycle's objectives, check-ins and the directory, so a view is one point read plus arithmetic over
 * arrays. People, teams and objectives are referred to by their index in this snapshot (-1: none),
 * which keeps the document small for tenants with tens of thousands of objectives.
 */
export const INSIGHTS_SNAPSHOT_VERSION = 1;

/** What the snapshot needs of a check-in. */
export interface CheckInFact extends ValueAt {
  readonly keyResultId: string;
}

export interface SnapshotCycle {
  readonly id: string;
  readonly name: string;
  readonly state: CycleState;
  readonly startDate: string;
  readonly endDate: string;
  /** The cycle's revision when built: a transition makes the snapshot out of date. */
  readonly revision: number;
}

export interface SnapshotPerson {
  readonly id: string;
  readonly name: string;
  /** Index of their manager, -1 for none. */
  readonly manager: number;
  readonly teams: readonly number[];
}

export interface SnapshotTeam {
  readonly id: string;
  readonly name: string;
  /** Index of the lead, -1 for none. */
  readonly lead: number;
}

export interface ObjectiveFact {
  readonly id: string;
  readonly title: string;
  readonly level: ObjectiveLevel;
  readonly state: ObjectiveState;
  /** Person index of the owner, -1 when a team owns it. */
  readonly ownerPerson: number;
  /** Team index of the owner, -1 when a person owns it. */
  readonly ownerTeam: number;
  /** Boards (teams) it shows on. */
  readonly teams: readonly number[];
  /** Objectives (indices) it aligns to within this snapshot. */
  readonly parents: readonly number[];
  readonly progress: number;
  readonly confidence: number | null;
  readonly grade: number | null;
  /** Progress at the end of each week so far (index = week). */
  readonly weekly: readonly number[];
  readonly risk: readonly RiskReason[];
}

export interface KeyResultFact {
  readonly objective: number;
  /** Person index of the owner. */
  readonly owner: number;
  readonly progress: number;
  readonly confidence: number | null;
  readonly checkInWeeks: readonly number[];
  readonly risk: readonly RiskReason[];
  /** Only key results at risk carry their id and title: the lists name them, nothing else does. */
  readonly id?: string;
  readonly title?: string;
}

export interface OwnerGrade {
  readonly kind: 'person' | 'team';
  readonly index: number;
  readonly grade: number;
}

export interface InsightsSnapshot {
  readonly version: number;
  readonly tenantId: string;
  readonly cycle: SnapshotCycle;
  readonly builtAt: string;
  /** The share of the cycle elapsed when built: the expected-by-now the risk flags were judged against. */
  readonly expected: number;
  readonly weeks: readonly CycleWeek[];
  readonly people: readonly SnapshotPerson[];
  readonly teams: readonly SnapshotTeam[];
  /** Active and closed objectives; drafts and proposals are not commitments yet. */
  readonly objectives: readonly ObjectiveFact[];
  readonly keyResults: readonly KeyResultFact[];
  /** Owners' grades in the closed cycle before this one, for ambition calibration. */
  readonly previous: { readonly cycleId: string; readonly cycleName: string; readonly grades: readonly OwnerGrade[] } | null;
}

/** What the snapshot needs of an objective (the store reads just this). */
export type SnapshotObjective = Pick<Objective, 'id' | 'title' | 'level' | 'state' | 'owner' | 'teamIds' | 'alignments' | 'grade' | 'keyResults'>;

export interface SnapshotSources {
  readonly cycle: Cycle;
  readonly objectives: readonly SnapshotObjective[];
  readonly checkIns: readonly CheckInFact[];
  readonly people: readonly Pick<Person, 'id' | 'displayName' | 'managerId' | 'teamIds'>[];
  readonly teams: readonly Pick<Team, 'id' | 'name' | 'leadId'>[];
  readonly previous: { readonly cycle: Pick<Cycle, 'id' | 'name'>; readonly objectives: readonly Pick<Objective, 'owner' | 'grade' | 'state'>[] } | null;
  readonly now: Date;
}

const INCLUDED: ReadonlySet<ObjectiveState> = new Set(['active', 'closed']);
const round3 = (n: number): number => Math.round(n * 1000) / 1000;

/** Indexes of people and teams, growing a stub for anyone referenced but missing from the directory. */
class Registry {
  readonly people: { id: string; name: string; manager: number; teams: number[] }[] = [];
  readonly teams: { id: string; name: string; lead: number }[] = [];
  private readonly personIndex = new Map<string, number>();
  private readonly teamIndex = new Map<string, number>();

  person(id: string): number {
    let index = this.personIndex.get(id);
    if (index === undefined) {
      index = this.people.push({ id, name: id, manager: -1, teams: [] }) - 1;
      this.personIndex.set(id, index);
    }
    return index;
  }

  team(id: string): number {
    let index = this.teamIndex.get(id);
    if (index === undefined) {
      index = this.teams.push({ id, name: id, lead: -1 }) - 1;
      this.teamIndex.set(id, index);
    }
    return index;
  }
}

/** Owners' mean grades over their graded closed objectives. */
export function ownerGrades(objectives: readonly Pick<Objective, 'owner' | 'grade' | 'state'>[], personIndex: (id: string) => number, teamIndex: (id: string) => number): OwnerGrade[] {
  const byOwner = new Map<string, { kind: 'person' | 'team'; id: string; grades: number[] }>();
  for (const o of objectives) {
    if (o.state !== 'closed' || typeof o.grade !== 'number') continue;
    const key = `${o.owner.kind}|${o.owner.id}`;
    const entry = byOwner.get(key) ?? { kind: o.owner.kind, id: o.owner.id, grades: [] };
    entry.grades.push(o.grade);
    byOwner.set(key, entry);
  }
  return [...byOwner.values()].map((e) => ({ kind: e.kind, index: e.kind === 'person' ? personIndex(e.id) : teamIndex(e.id), grade: meanGrade(e.grades)! }));
}

/** Builds the aggregate of a cycle as of `now`. Pure: the caller loads the sources. */
export function buildInsightsSnapshot(sources: SnapshotSources): InsightsSnapshot {
  const { cycle, now } = sources;
  const registry = new Registry();
  for (const p of sources.people) {
    const index = registry.person(p.id);
    registry.people[index]!.name = p.displayName;
  }
  for (const t of sources.teams) {
    const index = registry.team(t.id);
    registry.teams[index]!.name = t.name;
  }
  for (const t of sources.teams) registry.teams[registry.team(t.id)]!.lead = t.leadId === null ? -1 : registry.person(t.leadId);
  for (const p of sources.people) {
    const row = registry.people[registry.person(p.id)]!;
    row.manager = p.managerId === null ? -1 : registry.person(p.managerId);
    row.teams = p.teamIds.map((t) => registry.team(t));
  }

  const weeks = cycleWeeks(cycle, now);
  const expected = expectedProgress(cycle, now);
  const history = new Map<string, ValueAt[]>();
  for (const c of sources.checkIns) {
    const list = history.get(c.keyResultId);
    if (list) list.push({ at: c.at, value: c.value });
    else history.set(c.keyResultId, [{ at: c.at, value: c.value }]);
  }
  for (const list of history.values()) list.sort(byTime);
  const historyOf = (id: string): readonly ValueAt[] => history.get(id) ?? [];

  const included = sources.objectives.filter((o) => INCLUDED.has(o.state)).sort((a, b) => a.id.localeCompare(b.id));
  const objectiveIndex = new Map(included.map((o, i) => [o.id, i]));
  const objectives: ObjectiveFact[] = [];
  const keyResults: KeyResultFact[] = [];
  included.forEach((o, index) => {
    const active = o.state === 'active';
    objectives.push({
      id: o.id,
      title: o.title,
      level: o.level,
      state: o.state,
      ownerPerson: o.owner.kind === 'person' ? registry.person(o.owner.id) : -1,
      ownerTeam: o.owner.kind === 'team' ? registry.team(o.owner.id) : -1,
      teams: o.teamIds.map((t) => registry.team(t)),
      parents: [...new Set(o.alignments.map((a) => objectiveIndex.get(a.objectiveId)).filter((i): i is number => i !== undefined && i !== index))],
      progress: round3(objectiveProgress(o.keyResults)),
      confidence: objectiveConfidence(o.keyResults),
      grade: o.state === 'closed' ? o.grade : null,
      weekly: weeklyObjectiveProgress(o.keyResults, historyOf, weeks, now).map(round3),
      risk: active ? objectiveRisk(o.keyResults, expected) : [],
    });
    for (const kr of o.keyResults) {
      const risk = active ? keyResultRisk(kr, expected) : [];
      const checkInWeeks = [...new Set(historyOf(kr.id).map((c) => weekIndexOf(weeks, c.at)).filter((w) => w >= 0))].sort((a, b) => a - b);
      keyResults.push({
        objective: index,
        owner: registry.person(kr.ownerId),
        progress: round3(keyResultProgress(kr.spec, kr.current)),
        confidence: kr.confidence,
        checkInWeeks,
        risk,
        ...(risk.length > 0 ? { id: kr.id, title: kr.title } : {}),
      });
    }
  });

  const previous = sources.previous
    ? {
        cycleId: sources.previous.cycle.id,
        cycleName: sources.previous.cycle.name,
        grades: ownerGrades(sources.previous.objectives, (id) => registry.person(id), (id) => registry.team(id)),
      }
    : null;

  return {
    version: INSIGHTS_SNAPSHOT_VERSION,
    tenantId: cycle.tenantId,
    cycle: { id: cycle.id, name: cycle.name, state: cycle.state, startDate: cycle.startDate, endDate: cycle.endDate, revision: cycle.revision },
    builtAt: now.toISOString(),
    expected: round3(expected),
    weeks,
    people: registry.people,
    teams: registry.teams,
    objectives,
    keyResults,
    previous,
  };
}
