import type { PerformanceErrorCode } from '../../../domain/performance/performance-error-codes.js';
import { writePrivateNotes } from '../../../domain/performance/reviews/private-notes.js';
import type { Result } from '../../../domain/shared/result.js';
import type { RequestContext } from '../../request-context.js';
import { guarded } from '../access-guard.js';
import type { PerformanceDeps } from '../performance-deps.js';
import { packetResult } from './packet-result.js';
import { mutatePacket } from './packet-mutation.js';
import type { ReviewPacketView } from './review-views.js';

/** The manager of record keeps private notes on a review: nobody else ever reads them. */
export async function savePrivateNotes(deps: PerformanceDeps, ctx: RequestContext, packetId: string, text: string, ifMatch?: number): Promise<Result<ReviewPacketView, PerformanceErrorCode>> {
  return guarded(deps, ctx, 'reviews.save-private-notes', async (guard) => {
    const now = deps.clock.now().toISOString();
    const changed = await mutatePacket(deps, guard, packetId, { kind: 'manager-private-notes', ifMatch }, ({ packet }) => writePrivateNotes(packet, text, now));
    return packetResult(deps, guard, changed);
  });
}
