import { releasePacket } from '../../../domain/performance/reviews/release-and-acknowledgement.js';
import type { ReviewCycle } from '../../../domain/performance/reviews/review-cycle.js';
import type { AccessGuard } from '../access-guard.js';
import type { PerformanceDeps } from '../performance-deps.js';
import { mutatePacket } from './packet-mutation.js';

export interface ReleaseTally {
  readonly released: number;
  readonly alreadyReleased: number;
  readonly notReady: number;
  /** Packets the policy or a write refused (none in a healthy cycle). */
  readonly failed: number;
}

/** The cycle's packets (from its roster), each read by a point read. */
export async function packetsOfCycle(deps: PerformanceDeps, cycle: ReviewCycle) {
  const roster = await deps.reviews.getRoster(cycle.tenantId, cycle.id);
  return roster ? deps.reviews.getPackets(cycle.tenantId, roster.value.entries.map((e) => e.packetId)) : [];
}

/** Releases every packet of the cycle whose manager review is submitted, each under the policy. */
export async function releaseReadyPackets(deps: PerformanceDeps, guard: AccessGuard, cycle: ReviewCycle): Promise<ReleaseTally> {
  const packets = await packetsOfCycle(deps, cycle);
  let released = 0;
  let alreadyReleased = 0;
  let notReady = 0;
  let failed = 0;
  for (const { value: packet } of packets) {
    if (packet.release) {
      alreadyReleased += 1;
      continue;
    }
    if (!packet.managerReview?.submittedAt) {
      notReady += 1;
      continue;
    }
    const now = deps.clock.now().toISOString();
    const result = await mutatePacket(deps, guard, packet.id, { kind: 'release', judgeBy: 'cycle' }, ({ packet: current }) => {
      const done = releasePacket(current, guard.actor.id, now);
      return done.ok ? { ok: true as const, value: done.value.packet } : done;
    });
    if (result.ok) released += 1;
    else if (result.code === 'PERF.NOT_READY') notReady += 1;
    else failed += 1;
  }
  return { released, alreadyReleased, notReady, failed };
}
