import { coachDraftOf, runCoachChecks, type CoachCheck, type CoachContext, type CoachKeyResult } from '../../../domain/okr/coach/coach-checks.js';
import type { Cycle } from '../../../domain/okr/cycle.js';
import type { OkrErrorCode } from '../../../domain/okr/okr-error-codes.js';
import type { Alignment, Commitment, Objective, ObjectiveLevel, ObjectiveOwner } from '../../../domain/okr/objective.js';
import { ok, type Result } from '../../../domain/shared/result.js';
import type { RequestContext } from '../../request-context.js';
import { getCycle } from '../get-cycle.js';
import type { OkrDeps } from '../okr-deps.js';
import { loadCoachContext } from './coach-context.js';

/** A draft objective as the form holds it while the person types; numbers may still be missing. */
export interface CheckDraftInput {
  readonly cycleId: string;
  /** Set when editing an existing objective, so it is not reported as its own duplicate. */
  readonly objectiveId?: string | null;
  readonly level: ObjectiveLevel;
  readonly owner: ObjectiveOwner;
  readonly title: string;
  readonly commitment: Commitment;
  readonly alignments: readonly Alignment[];
  readonly keyResults: readonly CoachKeyResult[];
}

export interface CheckDraftView {
  readonly checks: CoachCheck[];
}

/** Where the checks' context comes from: straight from the store, or through a CoachContextCache. */
export type CoachContextSource = (tenantId: string, cycle: Cycle, ownerId: string, objectiveId: string | null) => Promise<CoachContext>;

/**
 * The coach's checks for a draft. OKRs are visible to the whole tenant, so anyone may check any
 * draft; everything read is tenant-scoped shared OKR data.
 */
export async function checkObjectiveDraft(deps: OkrDeps, ctx: RequestContext, input: CheckDraftInput, contextSource?: CoachContextSource): Promise<Result<CheckDraftView, OkrErrorCode>> {
  const cycle = await getCycle(deps, ctx, input.cycleId);
  if (!cycle.ok) return cycle;
  const load: CoachContextSource = contextSource ?? ((tenantId, c, ownerId, objectiveId) => loadCoachContext(deps.goals, tenantId, c, ownerId, objectiveId));
  const context = await load(ctx.actor.tenantId, cycle.value.value, input.owner.id, input.objectiveId ?? null);
  const checks = runCoachChecks(
    { level: input.level, title: input.title, commitment: input.commitment, alignmentCount: input.alignments.length, keyResults: input.keyResults },
    context,
  );
  return ok({ checks });
}

/**
 * The checks for a saved objective (returned when it is proposed). Best effort: a failing read
 * gives no checks rather than a failed proposal, because checks never block saving.
 */
export async function checksForObjective(deps: OkrDeps, objective: Objective, onError?: (error: unknown) => void): Promise<CoachCheck[]> {
  try {
    const cycle = await deps.goals.getCycle(objective.tenantId, objective.cycleId);
    if (!cycle) return [];
    const context = await loadCoachContext(deps.goals, objective.tenantId, cycle.value, objective.owner.id, objective.id);
    return runCoachChecks(coachDraftOf(objective), context);
  } catch (error) {
    onError?.(error);
    return [];
  }
}
