import type { PerformanceErrorCode } from '../../../domain/performance/performance-error-codes.js';
import { ok, type Result } from '../../../domain/shared/result.js';
import type { RequestContext } from '../../request-context.js';
import { guarded } from '../access-guard.js';
import type { PerformanceDeps } from '../performance-deps.js';
import { packetContext } from './packet-access.js';
import { projectPacket } from './project-packet.js';
import type { MyReviewsView, ReviewPacketView } from './review-views.js';

/** The reviews the actor is the subject of (one partition query), newest cycle first, each projected for them. */
export function listMyReviews(deps: PerformanceDeps, ctx: RequestContext): Promise<Result<MyReviewsView, PerformanceErrorCode>> {
  return listReviewsOf(deps, ctx, ctx.actor.id, 'reviews.list-mine');
}

/**
 * One person's reviews as the actor may see them (a skip-level manager, HR, the manager of record):
 * packets the policy shows nothing of are left out, so a peer gets an empty list and learns nothing.
 */
export function listPersonReviews(deps: PerformanceDeps, ctx: RequestContext, subjectId: string): Promise<Result<MyReviewsView, PerformanceErrorCode>> {
  return listReviewsOf(deps, ctx, subjectId, 'reviews.list-of-person');
}

async function listReviewsOf(deps: PerformanceDeps, ctx: RequestContext, subjectId: string, operation: string): Promise<Result<MyReviewsView, PerformanceErrorCode>> {
  return guarded(deps, ctx, operation, async (guard) => {
    const tenantId = ctx.actor.tenantId;
    const packets = await deps.reviews.listPacketsOfSubject(tenantId, subjectId);
    const cycles = new Map((await Promise.all([...new Set(packets.map((p) => p.value.cycleId))].map((id) => deps.reviews.getCycle(tenantId, id)))).flatMap((c) => (c ? [[c.value.id, c.value] as const] : [])));
    const items: ReviewPacketView[] = [];
    for (const found of packets) {
      const cycle = cycles.get(found.value.cycleId);
      if (!cycle || cycle.phase === 'draft') continue;
      const view = await projectPacket(deps, guard, packetContext(cycle, found));
      if (view) items.push(view);
    }
    items.sort((a, b) => (a.periodStart < b.periodStart ? 1 : a.periodStart > b.periodStart ? -1 : 0));
    return ok({ items });
  });
}
