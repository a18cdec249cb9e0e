import type { PerformanceErrorCode } from '../../../domain/performance/performance-error-codes.js';
import { acknowledgeReview as acknowledge } from '../../../domain/performance/reviews/release-and-acknowledgement.js';
import type { Result } from '../../../domain/shared/result.js';
import type { RequestContext } from '../../request-context.js';
import { guarded } from '../access-guard.js';
import type { PerformanceDeps } from '../performance-deps.js';
import { packetResult } from './packet-result.js';
import { mutatePacket } from './packet-mutation.js';
import type { ReviewPacketView } from './review-views.js';

/** The subject acknowledges their released review, once, with an optional comment. */
export async function acknowledgeReview(deps: PerformanceDeps, ctx: RequestContext, packetId: string, comment: string | undefined): Promise<Result<ReviewPacketView, PerformanceErrorCode>> {
  return guarded(deps, ctx, 'reviews.acknowledge', async (guard) => {
    const now = deps.clock.now().toISOString();
    const changed = await mutatePacket(deps, guard, packetId, { kind: 'acknowledgement' }, ({ packet }) => acknowledge(packet, comment, now));
    return packetResult(deps, guard, changed);
  });
}
