import { transitionCycle as moveCycle, type Cycle, type CycleState } from '../../domain/okr/cycle.js';
import { OKR_ERROR, type OkrErrorCode } from '../../domain/okr/okr-error-codes.js';
import { canManageCycles } from '../../domain/okr/okr-permissions.js';
import { fail, ok, type Result } from '../../domain/shared/result.js';
import type { RequestContext } from '../request-context.js';
import { getCycle } from './get-cycle.js';
import { forbidden } from './objective-mutation.js';
import type { OkrDeps } from './okr-deps.js';

/** Moves a cycle forward. Closing needs every active objective graded and closed first. */
export async function transitionCycle(
  deps: OkrDeps,
  ctx: RequestContext,
  cycleId: string,
  to: CycleState,
  expectedRevision?: number,
): Promise<Result<Cycle, OkrErrorCode>> {
  const found = await getCycle(deps, ctx, cycleId);
  if (!found.ok) return found;
  if (!canManageCycles(ctx.actor)) return forbidden('Only OKR admins run cycles');
  const { value: cycle, etag } = found.value;
  if (expectedRevision !== undefined && expectedRevision !== cycle.revision) {
    return fail(OKR_ERROR.revisionMismatch, 'Someone changed this cycle since you loaded it; reload and try again');
  }
  // Check the step itself first: an impossible transition must not send the admin off grading.
  const moved = moveCycle(cycle, to, deps.clock.now().toISOString());
  if (!moved.ok) return moved;
  if (to === 'closed') {
    const stillActive = await deps.goals.listAllObjectives(ctx.actor.tenantId, cycleId, { states: ['active'] });
    if (stillActive.length > 0) {
      return fail(OKR_ERROR.cycleHasActiveObjectives, `${stillActive.length} objectives still need a grade and a reflection`, {
        objectiveIds: stillActive.slice(0, 50).map((o) => o.id),
        count: stillActive.length,
      });
    }
  }
  const written = await deps.goals.replaceCycle(moved.value, etag);
  return written.ok ? ok(written.value.value) : fail(OKR_ERROR.revisionMismatch, 'Someone changed this cycle at the same time; reload and try again');
}
