import { itemFacts } from '../../../domain/performance/feedback/feedback-facts.js';
import { KIND_OF } from '../../../domain/performance/feedback/feedback-item.js';
import { ok, type Result } from '../../../domain/shared/result.js';
import type { PageRequest, StoreReadError } from '../../ports/goals-repository.js';
import type { RequestContext } from '../../request-context.js';
import { guarded } from '../access-guard.js';
import type { PerformanceDeps } from '../performance-deps.js';
import { pageView, toFeedbackView, type FeedbackView, type PageView } from './feedback-views.js';

/** Feedback and praise I gave, newest first; each item still passes the policy (the author may read it). */
export async function listGivenFeedback(deps: PerformanceDeps, ctx: RequestContext, page: PageRequest): Promise<Result<PageView<FeedbackView>, StoreReadError>> {
  return guarded(deps, ctx, 'feedback.list-given', async (guard) => {
    const found = await deps.feedback.listFeedbackGivenBy(ctx.actor.tenantId, ctx.actor.id, page);
    if (!found.ok) return found;
    const visible: FeedbackView[] = [];
    for (const item of found.value.items) if (await guard.allows('read', KIND_OF[item.visibility], itemFacts(item))) visible.push(toFeedbackView(item));
    return ok(pageView(visible, found.value.continuationToken));
  });
}
