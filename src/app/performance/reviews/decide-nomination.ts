import type { PerformanceErrorCode } from '../../../domain/performance/performance-error-codes.js';
import { decideNomination as decide } from '../../../domain/performance/reviews/nominations.js';
import { newPeerResponse, peerAssignmentOf, type PeerResponse } from '../../../domain/performance/reviews/peer-response.js';
import type { ReviewPhase } from '../../../domain/performance/document-kinds.js';
import { fail, ok, type Result } from '../../../domain/shared/result.js';
import type { RequestContext } from '../../request-context.js';
import { guarded } from '../access-guard.js';
import type { PerformanceDeps } from '../performance-deps.js';
import { packetResult } from './packet-result.js';
import { mutatePacket } from './packet-mutation.js';
import type { ReviewPacketView } from './review-views.js';
import { NO_REVIEW_NOTIFICATIONS, type ReviewNotifier } from './review-notifier.js';

export interface NominationDecision {
  readonly approve: boolean;
  readonly reason?: string | undefined;
}

/**
 * The cycle manager (from the launch snapshot) approves or rejects a nomination. Approving opens a
 * peer-response slot whose author is the nominee, plus a pointer in the nominee's partition so
 * they find it. The slot is written before the decision: a slot without an approved nomination
 * is void everywhere, so a decision that fails half-way leaves nothing visible behind. Once the
 * approval is written, `notifier` queues the nominee's request card (personal chat only).
 */
export async function decideNomination(
  deps: PerformanceDeps,
  ctx: RequestContext,
  packetId: string,
  nominationId: string,
  decision: NominationDecision,
  notifier: ReviewNotifier = NO_REVIEW_NOTIFICATIONS,
): Promise<Result<ReviewPacketView, PerformanceErrorCode>> {
  let opened: { slot: PeerResponse; phase: ReviewPhase } | null = null;
  const result = await guarded(deps, ctx, 'reviews.decide-nomination', async (guard) => {
    const now = deps.clock.now().toISOString();
    const changed = await mutatePacket(
      deps,
      guard,
      packetId,
      {
        kind: 'nomination',
        precondition: ({ packet }) => (packet.snapshot.cycleManagerId === ctx.actor.id ? ok(undefined) : fail('PERF.FORBIDDEN', 'The manager of record for this review decides on nominations')),
      },
      async ({ packet, cycle }) => {
        opened = null;
        const decided = decide(packet, { nominationId, approve: decision.approve, reason: decision.reason, by: ctx.actor.id }, now);
        if (!decided.ok) return decided;
        if (decision.approve) {
          const slot = newPeerResponse(packet, decided.value.nomination, now);
          const created = await deps.reviews.createPeerResponse(slot);
          if (!created.ok && created.code !== 'STORE.DUPLICATE') return fail('PERF.WRITE_CONTENTION', 'The feedback request could not be opened; try again');
          await deps.reviews.addPeerAssignment(peerAssignmentOf(slot));
          // A retried approval finds the slot of its first attempt: the card's key uses that one's date.
          const stored = created.ok ? created.value.value : ((await deps.reviews.getPeerResponse(slot.tenantId, slot.id))?.value ?? slot);
          opened = { slot: stored, phase: cycle.phase };
        }
        return ok(decided.value.packet);
      },
    );
    return packetResult(deps, guard, changed);
  });
  const approved = opened as { slot: PeerResponse; phase: ReviewPhase } | null;
  if (result.ok && approved) await notifier.peerRequestOpened(approved.slot, approved.phase);
  return result;
}
