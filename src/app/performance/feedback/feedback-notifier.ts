import type { FeedbackItem } from '../../../domain/performance/feedback/feedback-item.js';
import type { FeedbackRequest } from '../../../domain/performance/feedback/feedback-request.js';

/**
 * What continuous feedback asks of the bot: request cards to invitees (personal chat only), a
 * reminder later, praise posts to a team channel. Implementations queue these through the send
 * pipeline and never throw: a failed enqueue is logged, the feedback itself stays recorded, and the
 * invitee still finds the request in the tab.
 */
export interface FeedbackNotifier {
  requestCreated(request: FeedbackRequest): Promise<void>;
  praiseGiven(praise: FeedbackItem): Promise<void>;
  /** Which of these teams the bot can post to (it is installed in a channel of theirs). */
  postableTeams(tenantId: string, teamIds: readonly string[]): Promise<string[]>;
}

/** Proactive notifications switched off: nothing is sent, and no team can receive a praise post. */
export const NO_FEEDBACK_NOTIFICATIONS: FeedbackNotifier = {
  requestCreated: async () => undefined,
  praiseGiven: async () => undefined,
  postableTeams: async () => [],
};

/**
 * The routes are built before the send pipeline exists (the bot that sends needs the server's URL
 * first): this notifier forwards to the real one once it is attached, and does nothing before.
 */
export class AttachableFeedbackNotifier implements FeedbackNotifier {
  private target: FeedbackNotifier = NO_FEEDBACK_NOTIFICATIONS;

  attach(target: FeedbackNotifier): void {
    this.target = target;
  }

  requestCreated(request: FeedbackRequest): Promise<void> {
    return this.target.requestCreated(request);
  }

  praiseGiven(praise: FeedbackItem): Promise<void> {
    return this.target.praiseGiven(praise);
  }

  postableTeams(tenantId: string, teamIds: readonly string[]): Promise<string[]> {
    return this.target.postableTeams(tenantId, teamIds);
  }
}
