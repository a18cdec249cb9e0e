import type { PerformanceErrorCode } from '../../../domain/performance/performance-error-codes.js';
import { ok, type Result } from '../../../domain/shared/result.js';
import type { RequestContext } from '../../request-context.js';
import { guarded, notFound } from '../access-guard.js';
import type { PerformanceDeps } from '../performance-deps.js';
import { loadPeerRequest, peerRequestView } from './peer-request-access.js';
import type { PeerRequestView } from './review-views.js';

/** One feedback request, for its reviewer only (anyone else: 404). The bot's card reads this. */
export async function getPeerRequest(deps: PerformanceDeps, ctx: RequestContext, responseId: string): Promise<Result<PeerRequestView, PerformanceErrorCode>> {
  return guarded(deps, ctx, 'reviews.get-peer-request', async (guard) => {
    const request = await loadPeerRequest(deps, guard, responseId);
    if (!request) return notFound('That feedback request');
    // Only the author answers here; readers of the packet see responses projected in the packet.
    if (request.response.authorId !== ctx.actor.id) {
      guard.recordMiss('read', 'peer-response', responseId, request.response.subjectId);
      return notFound('That feedback request');
    }
    const allowed = await guard.require('read', 'peer-response', request.facts, request.state);
    if (!allowed.ok) return allowed;
    return ok(await peerRequestView(deps, guard, request));
  });
}
