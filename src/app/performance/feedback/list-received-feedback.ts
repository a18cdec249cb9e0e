import { itemFacts } from '../../../domain/performance/feedback/feedback-facts.js';
import { KIND_OF } from '../../../domain/performance/feedback/feedback-item.js';
import { ok, type Result } from '../../../domain/shared/result.js';
import type { PageRequest, StoreReadError } from '../../ports/goals-repository.js';
import type { RequestContext } from '../../request-context.js';
import { guarded } from '../access-guard.js';
import type { PerformanceDeps } from '../performance-deps.js';
import { pageView, toFeedbackView, type FeedbackView, type PageView } from './feedback-views.js';

/**
 * Feedback given to me, newest first. Only private feedback is addressed to its recipient: the query
 * asks for nothing else (manager-only feedback never reaches this page), and the policy checks each item.
 */
export async function listReceivedFeedback(deps: PerformanceDeps, ctx: RequestContext, page: PageRequest): Promise<Result<PageView<FeedbackView>, StoreReadError>> {
  return guarded(deps, ctx, 'feedback.list-received', async (guard) => {
    const found = await deps.feedback.listFeedbackAbout(ctx.actor.tenantId, ctx.actor.id, { visibilities: ['private'] }, page);
    if (!found.ok) return found;
    const visible: FeedbackView[] = [];
    for (const item of found.value.items) if (await guard.allows('read', KIND_OF[item.visibility], itemFacts(item))) visible.push(toFeedbackView(item));
    return ok(pageView(visible, found.value.continuationToken));
  });
}
