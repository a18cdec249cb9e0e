import { requestFacts } from '../../../domain/performance/feedback/feedback-facts.js';
import type { FeedbackRequest } from '../../../domain/performance/feedback/feedback-request.js';
import type { PerformanceErrorCode } from '../../../domain/performance/performance-error-codes.js';
import { ok, type Result } from '../../../domain/shared/result.js';
import type { Page, PageRequest, StoreReadError } from '../../ports/goals-repository.js';
import type { RequestContext } from '../../request-context.js';
import { guarded, notFound } from '../access-guard.js';
import type { PerformanceDeps } from '../performance-deps.js';
import { pageView, type FeedbackRequestView, type PageView } from './feedback-views.js';
import { projectFeedbackRequest, stubsFor } from './project-feedback-request.js';

/** Which requests: the ones I made, the ones waiting for my answer, or (manager chain, HR) those about a person. */
export type RequestListScope = { readonly made: true } | { readonly askedOfMe: true } | { readonly aboutId: string };

/** Feedback requests in one scope, newest first, each projected for the caller and checked by the policy. */
export async function listFeedbackRequests(
  deps: PerformanceDeps,
  ctx: RequestContext,
  scope: RequestListScope,
  page: PageRequest,
): Promise<Result<PageView<FeedbackRequestView>, PerformanceErrorCode | StoreReadError>> {
  return guarded(deps, ctx, 'feedback.list-requests', async (guard) => {
    const tenantId = ctx.actor.tenantId;
    let found: Result<Page<FeedbackRequest>, StoreReadError>;
    if ('made' in scope) found = await deps.feedback.listRequestsBy(tenantId, ctx.actor.id, page);
    else if ('askedOfMe' in scope) found = await deps.feedback.listRequestsFor(tenantId, ctx.actor.id, page);
    else {
      if (!(await guard.subject(scope.aboutId))) return notFound('That person');
      // The requests about someone, as a list: the policy's reading of a request with no requester and
      // no invitees (the person, their manager chain, HR). Anyone else learns nothing: 404.
      const gate = await guard.require('read', 'feedback-request', { id: `feedback-requests-about.${scope.aboutId}`, tenantId, subjectId: scope.aboutId });
      if (!gate.ok) return gate;
      found = await deps.feedback.listRequestsAbout(tenantId, scope.aboutId, page);
    }
    if (!found.ok) return found;
    const readable: FeedbackRequest[] = [];
    for (const request of found.value.items) if (await guard.allows('read', 'feedback-request', requestFacts(request))) readable.push(request);
    const stubs = await stubsFor((t, s, ids) => deps.feedback.listResponseStubs(t, s, ids), tenantId, readable);
    const views: FeedbackRequestView[] = [];
    for (const request of readable) views.push(await projectFeedbackRequest(guard, request, stubs));
    return ok(pageView(views, found.value.continuationToken));
  });
}
