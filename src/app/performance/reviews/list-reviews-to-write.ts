import type { PerformanceErrorCode } from '../../../domain/performance/performance-error-codes.js';
import { ok, type Result } from '../../../domain/shared/result.js';
import type { RequestContext } from '../../request-context.js';
import { guarded } from '../access-guard.js';
import type { PerformanceDeps } from '../performance-deps.js';
import { packetContext } from './packet-access.js';
import { loadPeopleRefs } from './people-refs.js';
import { summarisePacket } from './project-packet.js';
import type { ReviewPacketSummaryView, ReviewsToWriteView } from './review-views.js';

/**
 * The reviews the actor writes: packets of launched, unclosed cycles whose launch snapshot names
 * them as the manager (found through each cycle's roster, then point reads).
 */
export async function listReviewsToWrite(deps: PerformanceDeps, ctx: RequestContext): Promise<Result<ReviewsToWriteView, PerformanceErrorCode>> {
  return guarded(deps, ctx, 'reviews.list-to-write', async (guard) => {
    const tenantId = ctx.actor.tenantId;
    const cycles = (await deps.reviews.listCycles(tenantId)).filter((c) => c.phase !== 'draft' && c.phase !== 'closed');
    const items: ReviewPacketSummaryView[] = [];
    for (const cycle of cycles) {
      const roster = await deps.reviews.getRoster(tenantId, cycle.id);
      const mine = (roster?.value.entries ?? []).filter((e) => e.cycleManagerId === ctx.actor.id);
      if (mine.length === 0) continue;
      const packets = await deps.reviews.getPackets(tenantId, mine.map((e) => e.packetId));
      const refs = await loadPeopleRefs(deps, tenantId, [...packets.map((p) => p.value.subjectId), ctx.actor.id]);
      for (const found of packets) {
        const summary = await summarisePacket(guard, packetContext(cycle, found), refs);
        if (summary) items.push(summary);
      }
    }
    items.sort((a, b) => a.cycleName.localeCompare(b.cycleName) || a.subject.displayName.localeCompare(b.subject.displayName));
    return ok({ items });
  });
}
