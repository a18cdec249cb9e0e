import { requestFacts, responseFacts } from '../../../domain/performance/feedback/feedback-facts.js';
import { parseFeedbackRequestId } from '../../../domain/performance/feedback/feedback-ids.js';
import type { PerformanceErrorCode } from '../../../domain/performance/performance-error-codes.js';
import { ok, type Result } from '../../../domain/shared/result.js';
import type { RequestContext } from '../../request-context.js';
import { guarded, notFound } from '../access-guard.js';
import type { PerformanceDeps } from '../performance-deps.js';
import { toResponseView, type FeedbackRequestDetail, type FeedbackResponseView } from './feedback-views.js';
import { projectFeedbackRequest } from './project-feedback-request.js';

/**
 * One request with the answers the caller may read: the requester, the subject's manager chain and HR
 * read them all; an invitee reads their own; the subject of someone else's request reads none.
 */
export async function getFeedbackRequest(deps: PerformanceDeps, ctx: RequestContext, requestId: string): Promise<Result<FeedbackRequestDetail, PerformanceErrorCode>> {
  return guarded(deps, ctx, 'feedback.get-request', async (guard) => {
    const tenantId = ctx.actor.tenantId;
    const found = await deps.feedback.getRequest(tenantId, requestId);
    if (!found) {
      guard.recordMiss('read', 'feedback-request', requestId.slice(0, 200), parseFeedbackRequestId(requestId)?.subjectId ?? 'unknown');
      return notFound('That feedback request');
    }
    const request = found.value;
    const allowed = await guard.require('read', 'feedback-request', requestFacts(request));
    if (!allowed.ok) return allowed;
    const responses = await deps.feedback.listResponses(tenantId, request.id);
    const visible: FeedbackResponseView[] = [];
    for (const response of responses) {
      if (!request.inviteeIds.includes(response.authorId)) continue;
      if (await guard.allows('read', 'feedback-response', responseFacts(response, request))) visible.push(toResponseView(response));
    }
    const view = await projectFeedbackRequest(guard, request, responses);
    return ok({ request: view, responses: visible, myResponse: visible.find((r) => r.authorId === ctx.actor.id) ?? null });
  });
}
