import type { PerformanceErrorCode } from '../../../domain/performance/performance-error-codes.js';
import { writePeerResponse } from '../../../domain/performance/reviews/peer-response.js';
import type { AnswerInput } from '../../../domain/performance/reviews/self-review.js';
import { fail, ok, type Result } from '../../../domain/shared/result.js';
import type { RequestContext } from '../../request-context.js';
import { guarded, notFound } from '../access-guard.js';
import type { PerformanceDeps } from '../performance-deps.js';
import { requireWrite } from './packet-access.js';
import { jitter, MAX_WRITE_ATTEMPTS } from './packet-mutation.js';
import { loadPeerRequest, peerRequestView } from './peer-request-access.js';
import type { PeerRequestView } from './review-views.js';

async function write(deps: PerformanceDeps, ctx: RequestContext, responseId: string, input: AnswerInput, submit: boolean, operation: string): Promise<Result<PeerRequestView, PerformanceErrorCode>> {
  return guarded(deps, ctx, operation, async (guard) => {
    for (let attempt = 1; attempt <= MAX_WRITE_ATTEMPTS; attempt++) {
      const request = await loadPeerRequest(deps, guard, responseId);
      if (!request) return notFound('That feedback request');
      const allowed = await requireWrite(guard, 'peer-response', request.facts, request.state);
      if (!allowed.ok) return allowed;
      const changed = writePeerResponse(request.response, request.cycle.template, input, submit, deps.clock.now().toISOString());
      if (!changed.ok) return changed;
      const written = await deps.reviews.replacePeerResponse(changed.value, request.etag);
      if (written.ok) return ok(await peerRequestView(deps, guard, { ...request, response: written.value.value, etag: written.value.etag }));
      await jitter(attempt);
    }
    return fail('PERF.WRITE_CONTENTION', 'The feedback is being changed elsewhere; try again');
  });
}

/** The invited reviewer saves a draft of their feedback (peer phase). Called by the API and the bot. */
export const savePeerResponse = (deps: PerformanceDeps, ctx: RequestContext, responseId: string, input: AnswerInput) =>
  write(deps, ctx, responseId, input, false, 'reviews.save-peer-response');

/** The invited reviewer submits their feedback (peer phase); it is then fixed. Called by the API and the bot. */
export const submitPeerResponse = (deps: PerformanceDeps, ctx: RequestContext, responseId: string, input: AnswerInput) =>
  write(deps, ctx, responseId, input, true, 'reviews.submit-peer-response');
