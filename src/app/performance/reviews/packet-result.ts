import type { PerformanceErrorCode } from '../../../domain/performance/performance-error-codes.js';
import { ok, type Result } from '../../../domain/shared/result.js';
import type { AccessGuard } from '../access-guard.js';
import type { PerformanceDeps } from '../performance-deps.js';
import { packetNotFound, type PacketContext } from './packet-access.js';
import { projectPacket } from './project-packet.js';
import type { ReviewPacketView } from './review-views.js';

/** The packet as the viewer now sees it, after a change (or the failure that stopped it). */
export async function packetResult(deps: PerformanceDeps, guard: AccessGuard, changed: Result<PacketContext, PerformanceErrorCode>): Promise<Result<ReviewPacketView, PerformanceErrorCode>> {
  if (!changed.ok) return changed;
  const view = await projectPacket(deps, guard, changed.value);
  return view ? ok(view) : packetNotFound();
}
