import { itemFacts } from '../../../domain/performance/feedback/feedback-facts.js';
import { KIND_OF } from '../../../domain/performance/feedback/feedback-item.js';
import type { PerformanceErrorCode } from '../../../domain/performance/performance-error-codes.js';
import { ok, type Result } from '../../../domain/shared/result.js';
import type { PageRequest, StoreReadError } from '../../ports/goals-repository.js';
import type { RequestContext } from '../../request-context.js';
import { guarded, notFound } from '../access-guard.js';
import type { PerformanceDeps } from '../performance-deps.js';
import { pageView, toFeedbackView, type FeedbackView, type PageView } from './feedback-views.js';

/**
 * A manager's (or HR's) view of the feedback about someone: private and manager-only. The gate is the
 * policy's own rule for manager-only feedback about that person (their manager chain and HR); anyone
 * else, the person included (they have their received list), learns nothing: 404.
 */
export async function listFeedbackAboutPerson(
  deps: PerformanceDeps,
  ctx: RequestContext,
  subjectId: string,
  page: PageRequest,
): Promise<Result<PageView<FeedbackView>, PerformanceErrorCode | StoreReadError>> {
  return guarded(deps, ctx, 'feedback.list-about-person', async (guard) => {
    const tenantId = ctx.actor.tenantId;
    if (!(await guard.subject(subjectId))) return notFound('That person');
    const gate = await guard.require('read', 'feedback-manager-only', { id: `feedback-about.${subjectId}`, tenantId, subjectId });
    if (!gate.ok) return gate;
    const found = await deps.feedback.listFeedbackAbout(tenantId, subjectId, {}, page);
    if (!found.ok) return found;
    const visible: FeedbackView[] = [];
    for (const item of found.value.items) if (await guard.allows('read', KIND_OF[item.visibility], itemFacts(item))) visible.push(toFeedbackView(item));
    return ok(pageView(visible, found.value.continuationToken));
  });
}
