import { confidenceBand, type ConfidenceBand } from '../../../domain/okr/confidence.js';
import { expectedProgress, type Cycle } from '../../../domain/okr/cycle.js';
import { keyResultProgress, type KeyResult } from '../../../domain/okr/key-result.js';
import type { Objective, ObjectiveLevel } from '../../../domain/okr/objective.js';
import { objectiveConfidence, objectiveProgress } from '../../../domain/okr/progress.js';
import type { PerformanceDeps } from '../performance-deps.js';

export interface OkrContextCheckIn {
  readonly at: string;
  readonly keyResultId: string;
  readonly keyResultTitle: string;
  readonly authorId: string;
  readonly value: number;
  readonly confidence: number;
  readonly note: string;
}

export interface OkrContextObjective {
  readonly id: string;
  readonly title: string;
  readonly level: ObjectiveLevel;
  /** owner: the person owns it; contributor: they contribute or own one of its key results. */
  readonly role: 'owner' | 'contributor';
  readonly progress: number;
  readonly expectedProgress: number;
  readonly confidenceBand: ConfidenceBand | null;
  readonly keyResults: readonly { readonly id: string; readonly title: string; readonly ownerId: string; readonly progress: number }[];
  readonly latestCheckIn: OkrContextCheckIn | null;
}

export interface OkrContextCycle {
  readonly id: string;
  readonly name: string;
  readonly startDate: string;
  readonly endDate: string;
  readonly objectives: readonly OkrContextObjective[];
}

/** A person's current OKRs, read-only: context for a 1:1, never a score. */
export interface OkrContext {
  readonly cycles: readonly OkrContextCycle[];
}

const latestKeyResult = (keyResults: readonly KeyResult[]): KeyResult | null =>
  keyResults.reduce<KeyResult | null>((latest, kr) => (kr.lastCheckIn && (!latest?.lastCheckIn || kr.lastCheckIn.at > latest.lastCheckIn.at) ? kr : latest), null);

async function toContextObjective(deps: Pick<PerformanceDeps, 'goals'>, objective: Objective, cycle: Cycle, personId: string, now: Date): Promise<OkrContextObjective> {
  const latest = latestKeyResult(objective.keyResults);
  let latestCheckIn: OkrContextCheckIn | null = null;
  if (latest) {
    const page = await deps.goals.listCheckIns(objective.tenantId, latest.id, { limit: 1 });
    const checkIn = page.ok ? page.value.items[0] : undefined;
    if (checkIn) latestCheckIn = { at: checkIn.at, keyResultId: latest.id, keyResultTitle: latest.title, authorId: checkIn.authorId, value: checkIn.value, confidence: checkIn.confidence, note: checkIn.note };
  }
  const confidence = objectiveConfidence(objective.keyResults);
  return {
    id: objective.id,
    title: objective.title,
    level: objective.level,
    role: objective.owner.kind === 'person' && objective.owner.id === personId ? 'owner' : 'contributor',
    progress: objectiveProgress(objective.keyResults),
    expectedProgress: expectedProgress(cycle, now),
    confidenceBand: confidence === null ? null : confidenceBand(confidence),
    keyResults: objective.keyResults.map((kr) => ({ id: kr.id, title: kr.title, ownerId: kr.ownerId, progress: keyResultProgress(kr.spec, kr.current) })),
    latestCheckIn,
  };
}

/**
 * The objectives a person owns or contributes to in the active OKR cycles, with progress and the
 * latest check-in. Read through the goals port, which performance management may only read.
 */
export async function loadOkrContext(deps: Pick<PerformanceDeps, 'goals' | 'clock'>, tenantId: string, personId: string): Promise<OkrContext> {
  const now = deps.clock.now();
  const active = (await deps.goals.listCycles(tenantId)).filter((c) => c.state === 'active').sort((a, b) => b.startDate.localeCompare(a.startDate));
  const cycles = await Promise.all(
    active.map(async (cycle) => {
      const objectives = await deps.goals.listAllObjectives(tenantId, cycle.id, { participantId: personId, states: ['active'] });
      const ordered = objectives.sort((a, b) => Number(b.owner.id === personId) - Number(a.owner.id === personId) || a.title.localeCompare(b.title));
      return {
        id: cycle.id,
        name: cycle.name,
        startDate: cycle.startDate,
        endDate: cycle.endDate,
        objectives: await Promise.all(ordered.map((o) => toContextObjective(deps, o, cycle, personId, now))),
      };
    }),
  );
  return { cycles };
}
