import type { PerformanceErrorCode } from '../../../domain/performance/performance-error-codes.js';
import { writeSelfReview, type AnswerInput } from '../../../domain/performance/reviews/self-review.js';
import type { Result } from '../../../domain/shared/result.js';
import type { RequestContext } from '../../request-context.js';
import { guarded } from '../access-guard.js';
import type { PerformanceDeps } from '../performance-deps.js';
import { packetResult } from './packet-result.js';
import { mutatePacket } from './packet-mutation.js';
import type { ReviewPacketView } from './review-views.js';

async function write(deps: PerformanceDeps, ctx: RequestContext, packetId: string, input: AnswerInput, submit: boolean, ifMatch: number | undefined, operation: string): Promise<Result<ReviewPacketView, PerformanceErrorCode>> {
  return guarded(deps, ctx, operation, async (guard) => {
    const now = deps.clock.now().toISOString();
    const changed = await mutatePacket(deps, guard, packetId, { kind: 'self-review', ifMatch }, ({ packet, cycle }) => writeSelfReview(packet, cycle.template, input, submit, now));
    return packetResult(deps, guard, changed);
  });
}

/** The subject saves a draft of their self review (self and peer phases). */
export const saveSelfReview = (deps: PerformanceDeps, ctx: RequestContext, packetId: string, input: AnswerInput, ifMatch?: number) =>
  write(deps, ctx, packetId, input, false, ifMatch, 'reviews.save-self-review');

/** The subject submits their self review, optionally with final edits; it is then fixed. */
export const submitSelfReview = (deps: PerformanceDeps, ctx: RequestContext, packetId: string, input: AnswerInput, ifMatch?: number) =>
  write(deps, ctx, packetId, input, true, ifMatch, 'reviews.submit-self-review');
