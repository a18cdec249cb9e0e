import type { ReviewPhase } from '../../../domain/performance/document-kinds.js';
import type { PeerResponse } from '../../../domain/performance/reviews/peer-response.js';
import { peerRequestPeriod } from '../../../domain/performance/reviews/reminder-periods.js';
import { enqueueOnce, type EnqueueDeps } from '../../notifications/enqueue-once.js';
import type { PipelineLogger } from '../../notifications/ports/pipeline-logger.js';
import { notificationKey, type QueuedNotification } from '../../notifications/queued-notification.js';
import type { Clock } from '../../ports/clock.js';
import type { ConversationReferences } from '../../ports/conversation-references.js';
import type { ReviewNotifier } from './review-notifier.js';

export interface QueuedReviewNotifierDeps extends EnqueueDeps {
  readonly conversations: ConversationReferences;
  readonly clock: Clock;
  readonly logger: PipelineLogger;
}

/**
 * Peer request cards through the send pipeline, keyed `tenant|nominee|review-peer-request|<day>~<response id>`
 * so the ledger lets each go out once (the scheduler computes the same key when the peer phase opens
 * later). A card only makes sense while peers may answer: approvals during the self phase queue
 * nothing here, the scheduler sends their cards when HR opens the peer phase. Only nominees with a
 * personal chat with Tandem get one: a channel or group chat is never a fallback.
 */
export function createQueuedReviewNotifier(deps: QueuedReviewNotifierDeps): ReviewNotifier {
  return {
    async peerRequestOpened(response: PeerResponse, phase: ReviewPhase): Promise<void> {
      if (phase !== 'peer') return;
      try {
        const conversation = await deps.conversations.get(response.tenantId, 'personal', response.authorId);
        if (!conversation || conversation.uninstalledAt !== null) {
          deps.logger.info({ tenantId: response.tenantId }, 'a nominee has no personal chat with Tandem: no card, the tab shows the request');
          return;
        }
        const now = deps.clock.now();
        const period = peerRequestPeriod(response);
        const parts = { tenantId: response.tenantId, recipientId: response.authorId, kind: 'review-peer-request' as const, period };
        const notification: QueuedNotification = { key: notificationKey(parts), ...parts, enqueuedAt: now.toISOString() };
        await enqueueOnce(deps, notification, now);
      } catch (error) {
        deps.logger.error({ err: error, tenantId: response.tenantId }, 'could not queue a peer request card');
      }
    },
  };
}
