import type { PerformanceErrorCode } from '../../../domain/performance/performance-error-codes.js';
import { releasePacket } from '../../../domain/performance/reviews/release-and-acknowledgement.js';
import { ok, type Result } from '../../../domain/shared/result.js';
import type { RequestContext } from '../../request-context.js';
import { guarded } from '../access-guard.js';
import type { PerformanceDeps } from '../performance-deps.js';
import { packetResult } from './packet-result.js';
import { mutatePacket } from './packet-mutation.js';
import type { ReviewPacketView } from './review-views.js';

/** HR releases one review to its subject during calibration; releasing twice changes nothing. */
export async function releaseReview(deps: PerformanceDeps, ctx: RequestContext, packetId: string): Promise<Result<ReviewPacketView, PerformanceErrorCode>> {
  return guarded(deps, ctx, 'reviews.release', async (guard) => {
    const now = deps.clock.now().toISOString();
    const changed = await mutatePacket(deps, guard, packetId, { kind: 'release', judgeBy: 'cycle' }, ({ packet }) => {
      const released = releasePacket(packet, ctx.actor.id, now);
      return released.ok ? ok(released.value.packet) : released;
    });
    return packetResult(deps, guard, changed);
  });
}
