import type { PerformanceErrorCode } from '../../../domain/performance/performance-error-codes.js';
import { changeReviewCycle, type CycleChanges } from '../../../domain/performance/reviews/review-cycle.js';
import { fail, ok, type Result } from '../../../domain/shared/result.js';
import type { RequestContext } from '../../request-context.js';
import { guarded } from '../access-guard.js';
import type { PerformanceDeps } from '../performance-deps.js';
import { checkParticipantTeams } from './check-participant-teams.js';
import { readCycleAsAdmin } from './cycle-access.js';
import { cycleView } from './review-cycle-views.js';
import type { ReviewCycleView } from './review-views.js';

/** HR edits a cycle: everything while a draft, then only its name and deadlines. */
export async function updateReviewCycle(deps: PerformanceDeps, ctx: RequestContext, cycleId: string, changes: CycleChanges, ifMatch?: number): Promise<Result<ReviewCycleView, PerformanceErrorCode>> {
  return guarded(deps, ctx, 'reviews.update-cycle', async (guard) => {
    const found = await readCycleAsAdmin(deps, guard, cycleId);
    if (!found.ok) return found;
    const cycle = found.value.value;
    if (ifMatch !== undefined && ifMatch !== cycle.revision) return fail('PERF.REVISION_MISMATCH', 'The cycle changed since you loaded it', { revision: cycle.revision });
    const changed = changeReviewCycle(cycle, changes, deps.clock.now().toISOString());
    if (!changed.ok) return changed;
    const teams = await checkParticipantTeams(deps, ctx.actor.tenantId, changes.participants);
    if (!teams.ok) return teams;
    const written = await deps.reviews.replaceCycle(changed.value, found.value.etag);
    if (!written.ok) return written.code === 'STORE.CONFLICT' ? fail('PERF.REVISION_MISMATCH', 'The cycle changed since you loaded it') : fail('PERF.NOT_FOUND', 'That review cycle does not exist');
    return ok(cycleView(written.value.value));
  });
}
