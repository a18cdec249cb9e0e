import type { PerformanceErrorCode } from '../../../domain/performance/performance-error-codes.js';
import { recommendCompensation as recommend, type CompensationInput } from '../../../domain/performance/reviews/compensation-recommendation.js';
import type { Result } from '../../../domain/shared/result.js';
import type { RequestContext } from '../../request-context.js';
import { guarded } from '../access-guard.js';
import type { PerformanceDeps } from '../performance-deps.js';
import { packetResult } from './packet-result.js';
import { mutatePacket } from './packet-mutation.js';
import type { ReviewPacketView } from './review-views.js';

/** The manager of record (manager, calibration phases) or HR (calibration) recommends merit and promotion. */
export async function recommendCompensation(deps: PerformanceDeps, ctx: RequestContext, packetId: string, input: CompensationInput, ifMatch?: number): Promise<Result<ReviewPacketView, PerformanceErrorCode>> {
  return guarded(deps, ctx, 'reviews.recommend-compensation', async (guard) => {
    const now = deps.clock.now().toISOString();
    const changed = await mutatePacket(deps, guard, packetId, { kind: 'compensation', ifMatch }, ({ packet, cycle }) => recommend(packet, cycle, input, ctx.actor.id, now));
    return packetResult(deps, guard, changed);
  });
}
