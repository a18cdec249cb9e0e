import type { PerformanceErrorCode } from '../../../domain/performance/performance-error-codes.js';
import { ok, type Result } from '../../../domain/shared/result.js';
import type { RequestContext } from '../../request-context.js';
import { guarded } from '../access-guard.js';
import type { PerformanceDeps } from '../performance-deps.js';
import { loadPacket, packetNotFound } from './packet-access.js';
import { projectPacket } from './project-packet.js';
import type { ReviewPacketView } from './review-views.js';

/** One review as the viewer may see it, section by section; 404 when they may see none of it. */
export async function getReviewPacket(deps: PerformanceDeps, ctx: RequestContext, packetId: string): Promise<Result<ReviewPacketView, PerformanceErrorCode>> {
  return guarded(deps, ctx, 'reviews.get-packet', async (guard) => {
    const packet = await loadPacket(deps, guard, packetId);
    if (!packet || packet.cycle.phase === 'draft') return packetNotFound();
    const view = await projectPacket(deps, guard, packet);
    return view ? ok(view) : packetNotFound();
  });
}
