import { packetPolicyState, type ReviewPacket } from '../../../domain/performance/reviews/review-packet.js';
import { responsePolicyFacts } from '../../../domain/performance/reviews/peer-response.js';
import type { ReviewCycle } from '../../../domain/performance/reviews/review-cycle.js';
import type { AccessGuard } from '../access-guard.js';
import type { PerformanceDeps } from '../performance-deps.js';
import { packetContext } from '../reviews/packet-access.js';
import { projectPacket } from '../reviews/project-packet.js';
import type { ReviewPacketView } from '../reviews/review-views.js';
import type { PeerResponseWritten } from './personal-data-export.js';

/** Review cycles by id, each read once per request. */
export function cycleReader(deps: Pick<PerformanceDeps, 'reviews'>, tenantId: string): (cycleId: string) => Promise<ReviewCycle | null> {
  const cycles = new Map<string, Promise<ReviewCycle | null>>();
  return (cycleId) => {
    if (!cycles.has(cycleId)) cycles.set(cycleId, deps.reviews.getCycle(tenantId, cycleId).then((c) => c?.value ?? null));
    return cycles.get(cycleId)!;
  };
}

/**
 * The person's reviews as HR may see them (each section asked of the policy; peer feedback as the
 * cycle's anonymity shows it), and the peer responses they wrote as HR may read them.
 */
export async function exportReviewRecords(deps: PerformanceDeps, guard: AccessGuard, personId: string): Promise<{ reviews: ReviewPacketView[]; peerResponsesWritten: PeerResponseWritten[] }> {
  const tenantId = guard.actor.tenantId;
  const cycleOf = cycleReader(deps, tenantId);
  const reviews: ReviewPacketView[] = [];
  for (const packet of await deps.reviews.listPacketsOfSubject(tenantId, personId)) {
    const cycle = await cycleOf(packet.value.cycleId);
    if (!cycle) continue;
    const view = await projectPacket(deps, guard, packetContext(cycle, packet));
    if (view) reviews.push(view);
  }
  reviews.sort((a, b) => (a.periodStart < b.periodStart ? -1 : a.periodStart > b.periodStart ? 1 : 0));

  const peerResponsesWritten: PeerResponseWritten[] = [];
  for (const assignment of await deps.reviews.listPeerAssignments(tenantId, personId)) {
    const [response, packet, cycle] = await Promise.all([
      deps.reviews.getPeerResponse(tenantId, assignment.responseId),
      deps.reviews.getPacket(tenantId, assignment.packetId),
      cycleOf(assignment.cycleId),
    ]);
    if (!response || !packet || !cycle || response.value.authorId !== personId) continue;
    const p: ReviewPacket = packet.value;
    if (!(await guard.allows('read', 'peer-response', responsePolicyFacts(response.value, p), packetPolicyState(cycle, p)))) continue;
    const r = response.value;
    peerResponsesWritten.push({ responseId: r.id, cycleId: r.cycleId, subjectId: r.subjectId, relation: r.relation, answers: r.answers, ratings: r.ratings, submittedAt: r.submittedAt });
  }
  return { reviews, peerResponsesWritten };
}
