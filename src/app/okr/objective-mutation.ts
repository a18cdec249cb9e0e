import { OKR_ERROR, type OkrErrorCode } from '../../domain/okr/okr-error-codes.js';
import type { OwnerContext } from '../../domain/okr/okr-permissions.js';
import type { Objective } from '../../domain/okr/objective.js';
import { fail, ok, type Result } from '../../domain/shared/result.js';
import type { RequestContext } from '../request-context.js';
import { toObjectiveView, type ObjectiveView } from './objective-view.js';
import type { OkrDeps } from './okr-deps.js';
import { loadOwnerContext } from './owner-context.js';

/** How often a read-modify-write is retried when someone else wrote the document in between. */
export const MAX_WRITE_ATTEMPTS = 60;

export const notFound = (what = 'objective'): Result<never, OkrErrorCode> =>
  fail(OKR_ERROR.notFound, `No such ${what}`);
export const forbidden = (message: string): Result<never, OkrErrorCode> => fail(OKR_ERROR.forbidden, message);

export interface MutationStep<T> {
  /** Checked against the current document on every attempt. */
  readonly authorize: (objective: Objective, owner: OwnerContext) => Result<void, OkrErrorCode>;
  readonly apply: (objective: Objective, now: string) => Result<{ objective: Objective; result: T }, OkrErrorCode>;
}

/** Small random pause so concurrent writers do not retry in lock step. */
const jitter = (attempt: number): Promise<void> =>
  new Promise((resolve) => setTimeout(resolve, Math.random() * Math.min(20, 1 + attempt)));

/**
 * Read, check, change, write back with the document's ETag; on a concurrent write, start over.
 * An `expectedRevision` from the client (If-Match) is compared with the domain revision, so a
 * check-in on another key result never invalidates someone's edit of the objective.
 */
export async function mutateObjective<T>(
  deps: OkrDeps,
  ctx: RequestContext,
  objectiveId: string,
  step: MutationStep<T>,
  expectedRevision?: (objective: Objective) => number | undefined,
  wantedRevision?: number,
): Promise<Result<{ objective: Objective; result: T }, OkrErrorCode>> {
  const tenantId = ctx.actor.tenantId;
  let owner: OwnerContext | null = null;
  for (let attempt = 0; attempt < MAX_WRITE_ATTEMPTS; attempt++) {
    const stored = await deps.goals.getObjective(tenantId, objectiveId);
    if (!stored) return notFound();
    if (wantedRevision !== undefined) {
      const actual = expectedRevision ? expectedRevision(stored.value) : stored.value.revision;
      if (actual === undefined) return notFound('key result');
      if (actual !== wantedRevision) {
        return fail(OKR_ERROR.revisionMismatch, 'Someone changed this since you loaded it; reload and try again', {
          expected: wantedRevision,
          actual,
        });
      }
    }
    owner ??= await loadOwnerContext(deps.directory, ctx.actor, stored.value.owner);
    if (!owner) return notFound();
    const allowed = step.authorize(stored.value, owner);
    if (!allowed.ok) return allowed;
    const applied = step.apply(stored.value, deps.clock.now().toISOString());
    if (!applied.ok) return applied;
    const written = await deps.goals.replaceObjective(applied.value.objective, stored.etag);
    if (written.ok) return ok({ objective: written.value.value, result: applied.value.result });
    if (written.code === 'STORE.NOT_FOUND') return notFound();
    await jitter(attempt);
  }
  return fail(OKR_ERROR.writeContention, 'This objective is changing too often right now; try again');
}

/** A domain change of the whole objective as a mutation step with no extra result. */
export const objectiveStep = (changed: Result<Objective, OkrErrorCode>): Result<{ objective: Objective; result: void }, OkrErrorCode> =>
  changed.ok ? ok({ objective: changed.value, result: undefined }) : changed;

/** Applies a step to an objective and answers with the objective as boards show it. */
export async function mutateToView(
  deps: OkrDeps,
  ctx: RequestContext,
  objectiveId: string,
  step: MutationStep<void>,
  expectedRevision?: number,
): Promise<Result<ObjectiveView, OkrErrorCode>> {
  const done = await mutateObjective(deps, ctx, objectiveId, step, undefined, expectedRevision);
  if (!done.ok) return done;
  const cycle = await deps.goals.getCycle(ctx.actor.tenantId, done.value.objective.cycleId);
  return ok(toObjectiveView(done.value.objective, cycle?.value ?? null, deps.clock.now()));
}
