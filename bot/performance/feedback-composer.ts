import { getPraiseForChannelPost } from '../../src/app/performance/feedback/get-praise-for-channel-post.js';
import type { PerformanceDeps } from '../../src/app/performance/performance-deps.js';
import type { QueuedNotification } from '../../src/app/notifications/queued-notification.js';
import type { ConversationReferences } from '../../src/app/ports/conversation-references.js';
import type { OutgoingMessage } from '../../src/app/ports/proactive-sender.js';
import { itemIdOfPeriod } from '../../src/domain/performance/feedback/feedback-delivery-period.js';
import { cardMessage } from '../cards/card-kit.js';
import type { TabLinks } from '../tab-links.js';
import { feedbackRequestCard } from './cards/feedback-cards.js';
import { praisePostCard } from './cards/praise-post-card.js';
import { loadFeedbackCardContext } from './feedback-card-context.js';

export interface FeedbackComposerDeps {
  readonly performance: PerformanceDeps;
  readonly links: TabLinks;
  readonly conversations?: ConversationReferences;
}

export type FeedbackNotificationKind = 'feedback-request' | 'feedback-reminder' | 'praise-post';

/** The Teams user id (MRI) in a stored personal conversation reference. */
const userMriOf = (reference: Readonly<Record<string, unknown>> | undefined): string | null => {
  const id: unknown = (reference?.user as { id?: unknown } | undefined)?.id;
  return typeof id === 'string' && id.length > 0 ? id : null;
};

/**
 * Builds a feedback notification at send time. A request card is loaded through the policy-checked
 * use case as its recipient, the invitee: null (dropped) when the request is gone, closed, not theirs,
 * or (cards and reminders alike) already answered. Cards name the requester and the subject, never
 * anyone who answered.
 */
export async function composeFeedbackNotification(deps: FeedbackComposerDeps, notification: QueuedNotification, kind: FeedbackNotificationKind): Promise<OutgoingMessage | null> {
  const itemId = itemIdOfPeriod(notification.period);
  if (itemId === null) return null;
  if (kind === 'praise-post') {
    const post = await getPraiseForChannelPost(deps.performance, notification.tenantId, notification.recipientId, itemId);
    return post ? cardMessage(praisePostCard(post, deps.links), `Praise for ${post.subject.displayName}`) : null;
  }
  const invitee = await deps.performance.directory.getPerson(notification.tenantId, notification.recipientId);
  if (!invitee || invitee.tenantId !== notification.tenantId) return null;
  const conversation = deps.conversations ? await deps.conversations.get(invitee.tenantId, 'personal', invitee.id) : null;
  const context = await loadFeedbackCardContext(deps.performance, { actor: invitee }, itemId, deps.links, userMriOf(conversation?.reference));
  if (!context.ok) return null;
  const { request } = context.value.detail;
  if (!request.canAnswer || request.answeredByMe) return null;
  const reminder = kind === 'feedback-reminder';
  const summary = `${reminder ? 'Reminder: ' : ''}${context.value.requester.displayName} asks for your feedback`;
  return cardMessage(feedbackRequestCard(context.value, { reminder }), summary);
}
