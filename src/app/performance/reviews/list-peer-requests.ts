import type { PerformanceErrorCode } from '../../../domain/performance/performance-error-codes.js';
import type { ReviewCycle } from '../../../domain/performance/reviews/review-cycle.js';
import { ok, type Result } from '../../../domain/shared/result.js';
import type { RequestContext } from '../../request-context.js';
import { guarded } from '../access-guard.js';
import type { PerformanceDeps } from '../performance-deps.js';
import { loadPeerRequest, peerRequestView } from './peer-request-access.js';
import type { PeerRequestsView, PeerRequestView } from './review-views.js';

/**
 * The feedback the actor was asked to give (pending and submitted) in launched cycles that are not
 * closed: from the pointers in their own partition, each response read and checked. Pending first.
 * The bot calls this too.
 */
export async function listPeerRequests(deps: PerformanceDeps, ctx: RequestContext): Promise<Result<PeerRequestsView, PerformanceErrorCode>> {
  return guarded(deps, ctx, 'reviews.list-peer-requests', async (guard) => {
    const assignments = await deps.reviews.listPeerAssignments(ctx.actor.tenantId, ctx.actor.id);
    const cycles = new Map<string, ReviewCycle | null>();
    const items: PeerRequestView[] = [];
    for (const assignment of assignments) {
      const request = await loadPeerRequest(deps, guard, assignment.responseId, cycles);
      if (!request || request.cycle.phase === 'closed' || request.response.authorId !== ctx.actor.id) continue;
      if (!(await guard.allows('read', 'peer-response', request.facts, request.state))) continue;
      items.push(await peerRequestView(deps, guard, request));
    }
    items.sort((a, b) => (a.status === b.status ? a.deadline.localeCompare(b.deadline) || a.subject.displayName.localeCompare(b.subject.displayName) : a.status === 'pending' ? -1 : 1));
    return ok({ items });
  });
}
