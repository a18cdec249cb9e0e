import type { PerformanceErrorCode } from '../../../domain/performance/performance-error-codes.js';
import { ok, type Result } from '../../../domain/shared/result.js';
import type { RequestContext } from '../../request-context.js';
import { guarded } from '../access-guard.js';
import type { PerformanceDeps } from '../performance-deps.js';
import { readCycle } from './cycle-access.js';
import { cycleView } from './review-cycle-views.js';
import type { ReviewCycleView } from './review-views.js';

export async function getReviewCycle(deps: PerformanceDeps, ctx: RequestContext, cycleId: string): Promise<Result<ReviewCycleView, PerformanceErrorCode>> {
  return guarded(deps, ctx, 'reviews.get-cycle', async (guard) => {
    const found = await readCycle(deps, guard, cycleId);
    return found.ok ? ok(cycleView(found.value.value)) : found;
  });
}
