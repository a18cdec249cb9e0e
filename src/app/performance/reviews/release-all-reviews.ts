import type { PerformanceErrorCode } from '../../../domain/performance/performance-error-codes.js';
import { fail, ok, type Result } from '../../../domain/shared/result.js';
import type { RequestContext } from '../../request-context.js';
import { guarded } from '../access-guard.js';
import type { PerformanceDeps } from '../performance-deps.js';
import { readCycleAsAdmin } from './cycle-access.js';
import { releaseReadyPackets } from './release-packets.js';
import { cycleView } from './review-cycle-views.js';
import type { ReleaseAllView } from './review-views.js';

/** HR releases, during calibration, every review whose manager review is submitted; the rest wait. */
export async function releaseAllReviews(deps: PerformanceDeps, ctx: RequestContext, cycleId: string): Promise<Result<ReleaseAllView, PerformanceErrorCode>> {
  return guarded(deps, ctx, 'reviews.release-all', async (guard) => {
    const found = await readCycleAsAdmin(deps, guard, cycleId);
    if (!found.ok) return found;
    const cycle = found.value.value;
    if (cycle.phase !== 'calibration') return fail('PERF.WRONG_PHASE', 'Reviews are released during calibration', { phase: cycle.phase });
    const tally = await releaseReadyPackets(deps, guard, cycle);
    if (tally.failed > 0) return fail('PERF.WRITE_CONTENTION', `${tally.failed} review(s) could not be released; try again`, { ...tally });
    return ok({ cycle: cycleView(cycle), released: tally.released, alreadyReleased: tally.alreadyReleased, notReady: tally.notReady });
  });
}
