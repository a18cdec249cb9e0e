import type { PerformanceErrorCode } from '../../../domain/performance/performance-error-codes.js';
import { hasRole } from '../../../domain/people/person.js';
import { ok, type Result } from '../../../domain/shared/result.js';
import type { RequestContext } from '../../request-context.js';
import { guarded } from '../access-guard.js';
import type { PerformanceDeps } from '../performance-deps.js';
import { cycleFacts } from './cycle-access.js';
import { cycleSummaryView } from './review-cycle-views.js';
import type { ReviewCycleListView } from './review-views.js';

/** Review cycles of the tenant, newest period first: HR sees drafts too, everyone else launched cycles only. */
export async function listReviewCycles(deps: PerformanceDeps, ctx: RequestContext): Promise<Result<ReviewCycleListView, PerformanceErrorCode>> {
  return guarded(deps, ctx, 'reviews.list-cycles', async (guard) => {
    const cycles = await deps.reviews.listCycles(ctx.actor.tenantId);
    const hr = hasRole(ctx.actor, 'hr-admin');
    const items = [];
    for (const cycle of cycles) {
      if (cycle.phase === 'draft' && !hr) continue;
      if (await guard.allows('read', 'review-cycle', cycleFacts(cycle, guard))) items.push(cycle);
    }
    items.sort((a, b) => (a.periodStart < b.periodStart ? 1 : a.periodStart > b.periodStart ? -1 : a.createdAt < b.createdAt ? 1 : -1));
    return ok({ items: items.map(cycleSummaryView) });
  });
}
