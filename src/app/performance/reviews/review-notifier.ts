import type { ReviewPhase } from '../../../domain/performance/document-kinds.js';
import type { PeerResponse } from '../../../domain/performance/reviews/peer-response.js';

/**
 * What review cycles ask of the bot when something happens: a peer request card to the nominee once
 * the manager approves a nomination (personal chat only). Deadline reminders are not events: the
 * scheduler finds them (review-reminders.ts). Implementations queue through the send pipeline and
 * never throw: a failed enqueue is logged, the approval stays recorded, and the nominee finds the
 * request in the tab (and the scheduler queues the card again on its next pass).
 */
export interface ReviewNotifier {
  /** An approved nomination opened this response slot, in a cycle now in `phase`. */
  peerRequestOpened(response: PeerResponse, phase: ReviewPhase): Promise<void>;
}

/** Proactive notifications switched off: nothing is sent. */
export const NO_REVIEW_NOTIFICATIONS: ReviewNotifier = { peerRequestOpened: async () => undefined };

/** The routes are built before the send pipeline: forwards to the real notifier once attached. */
export class AttachableReviewNotifier implements ReviewNotifier {
  private target: ReviewNotifier = NO_REVIEW_NOTIFICATIONS;

  attach(target: ReviewNotifier): void {
    this.target = target;
  }

  peerRequestOpened(response: PeerResponse, phase: ReviewPhase): Promise<void> {
    return this.target.peerRequestOpened(response, phase);
  }
}
