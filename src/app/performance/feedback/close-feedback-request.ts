import { requestFacts } from '../../../domain/performance/feedback/feedback-facts.js';
import type { FeedbackErrorCode } from '../../../domain/performance/feedback/feedback-error-codes.js';
import { parseFeedbackRequestId } from '../../../domain/performance/feedback/feedback-ids.js';
import { closeFeedbackRequest as closeRequest } from '../../../domain/performance/feedback/feedback-request.js';
import { fail, ok, type Result } from '../../../domain/shared/result.js';
import type { RequestContext } from '../../request-context.js';
import { guarded, notFound } from '../access-guard.js';
import type { PerformanceDeps } from '../performance-deps.js';
import type { FeedbackRequestView } from './feedback-views.js';
import { projectFeedbackRequest, stubsFor } from './project-feedback-request.js';

const MAX_ROUNDS = 3;

/** The requester closes their request: no more answers or changes. Others who may see it get 403. */
export async function closeFeedbackRequest(deps: PerformanceDeps, ctx: RequestContext, requestId: string): Promise<Result<FeedbackRequestView, FeedbackErrorCode>> {
  return guarded(deps, ctx, 'feedback.close-request', async (guard) => {
    const tenantId = ctx.actor.tenantId;
    for (let round = 1; ; round++) {
      const found = await deps.feedback.getRequest(tenantId, requestId);
      if (!found) {
        guard.recordMiss('write', 'feedback-request', requestId.slice(0, 200), parseFeedbackRequestId(requestId)?.subjectId ?? 'unknown');
        return notFound('That feedback request');
      }
      const request = found.value;
      const allowed = await guard.require('write', 'feedback-request', requestFacts(request));
      if (!allowed.ok) return allowed;
      if (request.requesterId !== ctx.actor.id) return fail('PERF.FORBIDDEN', 'Only the person who asked can close this request');
      const closed = closeRequest(request, deps.clock.now().toISOString());
      if (!closed.ok) return closed;
      const written = await deps.feedback.replaceRequest(closed.value, found.etag);
      if (written.ok) {
        const stubs = await stubsFor((t, s, ids) => deps.feedback.listResponseStubs(t, s, ids), tenantId, [written.value.value]);
        return ok(await projectFeedbackRequest(guard, written.value.value, stubs));
      }
      if (round >= MAX_ROUNDS) return fail('PERF.WRITE_CONTENTION', 'The request changed at the same time elsewhere; try again');
    }
  });
}
