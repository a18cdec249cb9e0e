import type { PerformanceErrorCode } from '../../../domain/performance/performance-error-codes.js';
import { nominate } from '../../../domain/performance/reviews/nominations.js';
import { newResponseId } from '../../../domain/performance/reviews/peer-response.js';
import type { FeedbackRelation } from '../../../domain/performance/reviews/review-packet.js';
import { fail, ok, type Result } from '../../../domain/shared/result.js';
import type { RequestContext } from '../../request-context.js';
import { guarded } from '../access-guard.js';
import type { PerformanceDeps } from '../performance-deps.js';
import { packetResult } from './packet-result.js';
import { mutatePacket } from './packet-mutation.js';
import type { ReviewPacketView } from './review-views.js';

/** The subject proposes a peer or upward reviewer; their cycle manager approves it later. */
export async function nominateReviewer(deps: PerformanceDeps, ctx: RequestContext, packetId: string, input: { nomineeId: string; relation: FeedbackRelation }): Promise<Result<ReviewPacketView, PerformanceErrorCode>> {
  return guarded(deps, ctx, 'reviews.nominate', async (guard) => {
    const nominee = await deps.directory.getPerson(ctx.actor.tenantId, input.nomineeId);
    const now = deps.clock.now().toISOString();
    const changed = await mutatePacket(
      deps,
      guard,
      packetId,
      { kind: 'nomination', precondition: ({ packet }) => (packet.subjectId === ctx.actor.id ? ok(undefined) : fail('PERF.FORBIDDEN', 'Only the person reviewed nominates their reviewers')) },
      ({ packet }) => nominate(packet, { id: `nm${deps.ids.unique()}`, responseId: newResponseId(packet.id, deps.ids.unique()), relation: input.relation, nominee }, now),
    );
    return packetResult(deps, guard, changed);
  });
}
