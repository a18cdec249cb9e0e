import type { PerformanceErrorCode } from '../../../domain/performance/performance-error-codes.js';
import { writeManagerReview, type ManagerReviewInput } from '../../../domain/performance/reviews/manager-review.js';
import type { Result } from '../../../domain/shared/result.js';
import type { RequestContext } from '../../request-context.js';
import { guarded } from '../access-guard.js';
import type { PerformanceDeps } from '../performance-deps.js';
import { packetResult } from './packet-result.js';
import { mutatePacket } from './packet-mutation.js';
import type { ReviewPacketView } from './review-views.js';

async function write(deps: PerformanceDeps, ctx: RequestContext, packetId: string, input: ManagerReviewInput, submit: boolean, ifMatch: number | undefined, operation: string): Promise<Result<ReviewPacketView, PerformanceErrorCode>> {
  return guarded(deps, ctx, operation, async (guard) => {
    const now = deps.clock.now().toISOString();
    const changed = await mutatePacket(deps, guard, packetId, { kind: 'manager-review', ifMatch }, ({ packet, cycle }) =>
      writeManagerReview(packet, cycle.template, input, ctx.actor.id, submit, now),
    );
    return packetResult(deps, guard, changed);
  });
}

/** The manager of record (launch snapshot) saves a draft of the review, in the manager phase. */
export const saveManagerReview = (deps: PerformanceDeps, ctx: RequestContext, packetId: string, input: ManagerReviewInput, ifMatch?: number) =>
  write(deps, ctx, packetId, input, false, ifMatch, 'reviews.save-manager-review');

/** The manager of record submits the review: every competency rated and an overall rating proposed. */
export const submitManagerReview = (deps: PerformanceDeps, ctx: RequestContext, packetId: string, input: ManagerReviewInput, ifMatch?: number) =>
  write(deps, ctx, packetId, input, true, ifMatch, 'reviews.submit-manager-review');
