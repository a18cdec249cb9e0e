import { itemFacts } from '../../../domain/performance/feedback/feedback-facts.js';
import type { PerformanceErrorCode } from '../../../domain/performance/performance-error-codes.js';
import { ok, type Result } from '../../../domain/shared/result.js';
import type { PageRequest, StoreReadError } from '../../ports/goals-repository.js';
import type { RequestContext } from '../../request-context.js';
import { guarded, notFound } from '../access-guard.js';
import type { PerformanceDeps } from '../performance-deps.js';
import { pageView, toFeedbackView, type FeedbackView, type PageView } from './feedback-views.js';

/** The praise wall: the tenant's praise, newest first, or only the praise about one person. */
export async function listPraise(
  deps: PerformanceDeps,
  ctx: RequestContext,
  filter: { readonly aboutId?: string },
  page: PageRequest,
): Promise<Result<PageView<FeedbackView>, PerformanceErrorCode | StoreReadError>> {
  return guarded(deps, ctx, 'feedback.list-praise', async (guard) => {
    if (filter.aboutId !== undefined && !(await guard.subject(filter.aboutId))) return notFound('That person');
    const found = await deps.feedback.listPraise(ctx.actor.tenantId, filter.aboutId !== undefined ? { subjectId: filter.aboutId } : {}, page);
    if (!found.ok) return found;
    const visible: FeedbackView[] = [];
    for (const item of found.value.items) if (await guard.allows('read', 'praise', itemFacts(item))) visible.push(toFeedbackView(item));
    return ok(pageView(visible, found.value.continuationToken));
  });
}
