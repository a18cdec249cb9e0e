import type { ReviewPhase } from '../../../domain/performance/document-kinds.js';
import type { PerformanceErrorCode } from '../../../domain/performance/performance-error-codes.js';
import { advanceCycle, nextPhase } from '../../../domain/performance/reviews/review-cycle-phases.js';
import { fail, ok, type Result } from '../../../domain/shared/result.js';
import type { RequestContext } from '../../request-context.js';
import { guarded } from '../access-guard.js';
import type { PerformanceDeps } from '../performance-deps.js';
import { readCycleAsAdmin } from './cycle-access.js';
import { packetsOfCycle, releaseReadyPackets } from './release-packets.js';
import { cycleView } from './review-cycle-views.js';
import type { ReviewCycleView } from './review-views.js';

/**
 * HR moves a launched cycle one phase on. Leaving the manager phase needs every manager review
 * submitted; moving to "released" releases every packet, then the cycle.
 */
export async function advanceReviewCycle(deps: PerformanceDeps, ctx: RequestContext, cycleId: string, to: ReviewPhase): Promise<Result<ReviewCycleView, PerformanceErrorCode>> {
  return guarded(deps, ctx, 'reviews.advance-cycle', async (guard) => {
    const found = await readCycleAsAdmin(deps, guard, cycleId);
    if (!found.ok) return found;
    const cycle = found.value.value;
    let managerReviewsMissing = 0;
    if ((to === 'calibration' || to === 'released') && nextPhase(cycle.phase) === to) {
      const packets = await packetsOfCycle(deps, cycle);
      managerReviewsMissing = packets.filter(({ value: p }) => !p.release && !p.managerReview?.submittedAt).length;
    }
    const advanced = advanceCycle(cycle, to, { managerReviewsMissing }, deps.clock.now().toISOString());
    if (!advanced.ok) return advanced;
    if (to === 'released') {
      const tally = await releaseReadyPackets(deps, guard, cycle);
      if (tally.notReady > 0 || tally.failed > 0) return fail('PERF.NOT_READY', 'Not every review could be released; try again', { notReady: tally.notReady, failed: tally.failed });
    }
    const written = await deps.reviews.replaceCycle(advanced.value, found.value.etag);
    if (!written.ok) return fail('PERF.WRITE_CONTENTION', 'The cycle changed meanwhile; reload and try again');
    return ok(cycleView(written.value.value));
  });
}
