import type { Cycle } from '../../okr/cycle.js';
import type { Objective } from '../../okr/objective.js';

/**
 * A frozen copy of what a person owned and contributed to in the OKR cycles that overlap a review
 * period. It is context shown beside the review, never its score: nothing in performance management
 * reads a number out of it (see the wall tests).
 */
export interface OkrContext {
  readonly frozenAt: string;
  readonly cycles: readonly OkrContextCycle[];
  readonly totals: { readonly objectives: number; readonly keyResults: number; readonly checkIns: number };
}

export interface OkrContextCycle {
  readonly cycleId: string;
  readonly name: string;
  readonly startDate: string;
  readonly endDate: string;
  readonly objectives: readonly OkrContextObjective[];
}

export type OkrContextRole = 'owner' | 'contributor' | 'key-result-owner';

export interface OkrContextObjective {
  readonly id: string;
  readonly title: string;
  readonly level: 'company' | 'team' | 'individual';
  readonly role: OkrContextRole;
  readonly state: string;
  readonly grade: number | null;
  readonly reflection: string | null;
  readonly keyResults: readonly OkrContextKeyResult[];
}

export interface OkrContextKeyResult {
  readonly id: string;
  readonly title: string;
  readonly ownedBySubject: boolean;
  readonly grade: number | null;
  readonly checkInCount: number;
}

/** Inclusive date ranges that share at least one day. */
export const periodsOverlap = (cycle: Pick<Cycle, 'startDate' | 'endDate'>, periodStart: string, periodEnd: string): boolean =>
  cycle.startDate <= periodEnd && cycle.endDate >= periodStart;

function roleOf(objective: Objective, personId: string): OkrContextRole | null {
  if (objective.owner.kind === 'person' && objective.owner.id === personId) return 'owner';
  if (objective.contributorIds.includes(personId)) return 'contributor';
  if (objective.keyResults.some((kr) => kr.ownerId === personId)) return 'key-result-owner';
  return null;
}

/**
 * The snapshot for one person. `objectivesByCycle` holds the objectives the person takes part in
 * (others are ignored); drafts are left out: they were never worked on.
 */
export function buildOkrContext(
  personId: string,
  okrCycles: readonly Cycle[],
  objectivesByCycle: ReadonlyMap<string, readonly Objective[]>,
  now: string,
): OkrContext {
  let objectives = 0;
  let keyResults = 0;
  let checkIns = 0;
  const cycles = [...okrCycles]
    .sort((a, b) => (a.startDate < b.startDate ? -1 : a.startDate > b.startDate ? 1 : 0))
    .map((cycle): OkrContextCycle => {
      const entries = (objectivesByCycle.get(cycle.id) ?? [])
        .filter((o) => o.state !== 'draft')
        .flatMap((o): OkrContextObjective[] => {
          const role = roleOf(o, personId);
          if (!role) return [];
          const krs = o.keyResults.map((kr) => ({ id: kr.id, title: kr.title, ownedBySubject: kr.ownerId === personId, grade: kr.grade?.value ?? null, checkInCount: kr.checkInCount }));
          objectives += 1;
          keyResults += krs.length;
          checkIns += krs.reduce((sum, kr) => sum + kr.checkInCount, 0);
          return [{ id: o.id, title: o.title, level: o.level, role, state: o.state, grade: o.grade, reflection: o.reflection, keyResults: krs }];
        });
      return { cycleId: cycle.id, name: cycle.name, startDate: cycle.startDate, endDate: cycle.endDate, objectives: entries };
    })
    .filter((c) => c.objectives.length > 0);
  return { frozenAt: now, cycles, totals: { objectives, keyResults, checkIns } };
}
