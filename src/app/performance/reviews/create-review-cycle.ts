import type { PerformanceErrorCode } from '../../../domain/performance/performance-error-codes.js';
import { newReviewCycle, type CycleSettingsInput } from '../../../domain/performance/reviews/review-cycle.js';
import { fail, ok, type Result } from '../../../domain/shared/result.js';
import type { RequestContext } from '../../request-context.js';
import { guarded } from '../access-guard.js';
import type { PerformanceDeps } from '../performance-deps.js';
import { checkParticipantTeams } from './check-participant-teams.js';
import { cycleFacts } from './cycle-access.js';
import { cycleView } from './review-cycle-views.js';
import type { ReviewCycleView } from './review-views.js';

/** HR sets up a review cycle as a draft: nothing is visible to employees until it is launched. */
export async function createReviewCycle(deps: PerformanceDeps, ctx: RequestContext, input: CycleSettingsInput): Promise<Result<ReviewCycleView, PerformanceErrorCode>> {
  return guarded(deps, ctx, 'reviews.create-cycle', async (guard) => {
    const id = `rc${deps.ids.unique()}`;
    const allowed = await guard.require('write', 'review-cycle', cycleFacts({ id, tenantId: ctx.actor.tenantId }, guard));
    if (!allowed.ok) return allowed.code === 'PERF.NOT_FOUND' ? fail('PERF.FORBIDDEN', 'Only HR admins set up review cycles') : allowed;
    const cycle = newReviewCycle(input, { tenantId: ctx.actor.tenantId, id, by: ctx.actor.id, now: deps.clock.now().toISOString() });
    if (!cycle.ok) return cycle;
    const teams = await checkParticipantTeams(deps, ctx.actor.tenantId, cycle.value.participants);
    if (!teams.ok) return teams;
    const created = await deps.reviews.createCycle(cycle.value);
    if (!created.ok) return fail('PERF.WRITE_CONTENTION', 'The cycle could not be saved; try again');
    return ok(cycleView(created.value.value));
  });
}
