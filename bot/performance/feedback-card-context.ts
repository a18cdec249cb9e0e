import { getFeedbackRequest } from '../../src/app/performance/feedback/get-feedback-request.js';
import type { PerformanceDeps } from '../../src/app/performance/performance-deps.js';
import type { RequestContext } from '../../src/app/request-context.js';
import type { PerformanceErrorCode } from '../../src/domain/performance/performance-error-codes.js';
import { fail, ok, type Result } from '../../src/domain/shared/result.js';
import type { TabLinks } from '../tab-links.js';
import type { FeedbackCardContext } from './cards/feedback-cards.js';

/**
 * Everything a feedback card shows to the acting invitee, loaded through the policy-checked use case:
 * the request as they may see it, their own answers, and the names of the subject and requester. A
 * request the actor was not asked to answer is not theirs to see as a form: NOT_FOUND.
 */
export async function loadFeedbackCardContext(
  deps: PerformanceDeps,
  request: RequestContext,
  requestId: string,
  links: TabLinks,
  userMri: string | null,
): Promise<Result<FeedbackCardContext, PerformanceErrorCode>> {
  const detail = await getFeedbackRequest(deps, request, requestId);
  if (!detail.ok) return detail;
  if (detail.value.request.answeredByMe === null) return fail('PERF.NOT_FOUND', 'That feedback request does not exist or is not visible to you');
  const { subjectId, requesterId } = detail.value.request;
  const people = await deps.directory.getPeople(request.actor.tenantId, [...new Set([subjectId, requesterId])]);
  const named = (id: string) => {
    const person = people.find((p) => p.id === id);
    return { id, displayName: person?.displayName ?? 'Someone who has left' };
  };
  return ok({ detail: detail.value, subject: named(subjectId), requester: named(requesterId), invitee: request.actor, links, userMri });
}
