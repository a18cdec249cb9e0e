import type { PerformanceErrorCode } from '../../../domain/performance/performance-error-codes.js';
import { calibrate, type CalibrationInput } from '../../../domain/performance/reviews/calibration-entry.js';
import type { Result } from '../../../domain/shared/result.js';
import type { RequestContext } from '../../request-context.js';
import { guarded } from '../access-guard.js';
import type { PerformanceDeps } from '../performance-deps.js';
import { packetResult } from './packet-result.js';
import { mutatePacket } from './packet-mutation.js';
import type { ReviewPacketView } from './review-views.js';

/** HR adjusts a rating (always with a reason) and places the person on the 9-box, during calibration. */
export async function calibrateReview(deps: PerformanceDeps, ctx: RequestContext, packetId: string, input: CalibrationInput, ifMatch?: number): Promise<Result<ReviewPacketView, PerformanceErrorCode>> {
  return guarded(deps, ctx, 'reviews.calibrate', async (guard) => {
    const now = deps.clock.now().toISOString();
    const changed = await mutatePacket(deps, guard, packetId, { kind: 'calibration', ifMatch }, ({ packet, cycle }) => calibrate(packet, cycle.template.overallScale, input, ctx.actor.id, now));
    return packetResult(deps, guard, changed);
  });
}
