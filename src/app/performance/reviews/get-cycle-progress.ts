import type { PerformanceErrorCode } from '../../../domain/performance/performance-error-codes.js';
import { ok, type Result } from '../../../domain/shared/result.js';
import type { RequestContext } from '../../request-context.js';
import { guarded } from '../access-guard.js';
import type { PerformanceDeps } from '../performance-deps.js';
import { readCycleAsAdmin } from './cycle-access.js';
import { packetContext } from './packet-access.js';
import { loadPeopleRefs } from './people-refs.js';
import { summarisePacket } from './project-packet.js';
import { packetsOfCycle } from './release-packets.js';
import { cycleSummaryView } from './review-cycle-views.js';
import type { CycleProgressView, ReviewPacketSummaryView } from './review-views.js';

/** HR: where every participant's review stands. */
export async function getCycleProgress(deps: PerformanceDeps, ctx: RequestContext, cycleId: string): Promise<Result<CycleProgressView, PerformanceErrorCode>> {
  return guarded(deps, ctx, 'reviews.cycle-progress', async (guard) => {
    const found = await readCycleAsAdmin(deps, guard, cycleId);
    if (!found.ok) return found;
    const cycle = found.value.value;
    const packets = await packetsOfCycle(deps, cycle);
    const refs = await loadPeopleRefs(deps, cycle.tenantId, packets.flatMap((p) => [p.value.subjectId, p.value.snapshot.cycleManagerId]));
    const items: ReviewPacketSummaryView[] = [];
    for (const packet of packets) {
      const summary = await summarisePacket(guard, packetContext(cycle, packet), refs);
      if (summary) items.push(summary);
    }
    items.sort((a, b) => a.subject.displayName.localeCompare(b.subject.displayName));
    return ok({ cycle: cycleSummaryView(cycle), items });
  });
}
