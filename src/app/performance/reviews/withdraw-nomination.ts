import type { PerformanceErrorCode } from '../../../domain/performance/performance-error-codes.js';
import { withdrawNomination as withdraw } from '../../../domain/performance/reviews/nominations.js';
import { fail, ok, type Result } from '../../../domain/shared/result.js';
import type { RequestContext } from '../../request-context.js';
import { guarded } from '../access-guard.js';
import type { PerformanceDeps } from '../performance-deps.js';
import { packetResult } from './packet-result.js';
import { mutatePacket } from './packet-mutation.js';
import type { ReviewPacketView } from './review-views.js';

/** The subject takes back a nomination the manager has not decided on yet. */
export async function withdrawNomination(deps: PerformanceDeps, ctx: RequestContext, packetId: string, nominationId: string): Promise<Result<ReviewPacketView, PerformanceErrorCode>> {
  return guarded(deps, ctx, 'reviews.withdraw-nomination', async (guard) => {
    const now = deps.clock.now().toISOString();
    const changed = await mutatePacket(
      deps,
      guard,
      packetId,
      { kind: 'nomination', precondition: ({ packet }) => (packet.subjectId === ctx.actor.id ? ok(undefined) : fail('PERF.FORBIDDEN', 'Only the person reviewed withdraws their nominations')) },
      ({ packet }) => withdraw(packet, nominationId, now),
    );
    return packetResult(deps, guard, changed);
  });
}
