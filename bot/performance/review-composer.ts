import type { QueuedNotification } from '../../src/app/notifications/queued-notification.js';
import type { PerformanceDeps } from '../../src/app/performance/performance-deps.js';
import { getPeerRequest } from '../../src/app/performance/reviews/get-peer-request.js';
import { listMyReviews } from '../../src/app/performance/reviews/list-my-reviews.js';
import { listPeerRequests } from '../../src/app/performance/reviews/list-peer-requests.js';
import { listReviewsToWrite } from '../../src/app/performance/reviews/list-reviews-to-write.js';
import type { ConversationReferences } from '../../src/app/ports/conversation-references.js';
import type { OutgoingMessage } from '../../src/app/ports/proactive-sender.js';
import type { Person } from '../../src/domain/people/person.js';
import { parseReminderPeriod, responseIdOfPeriod } from '../../src/domain/performance/reviews/reminder-periods.js';
import { reminderOpenIn } from '../../src/domain/performance/reviews/reminder-schedule.js';
import { cardMessage } from '../cards/card-kit.js';
import type { TabLinks } from '../tab-links.js';
import { managerReviewReminderCard, peerReminderCard, peerRequestCard, readableDate, selfReviewReminderCard, type ReviewCardContext } from './cards/review-cards.js';

export interface ReviewComposerDeps {
  readonly performance: PerformanceDeps;
  readonly links: TabLinks;
  readonly conversations?: ConversationReferences;
}

export type ReviewNotificationKind = 'review-peer-request' | 'review-reminder';

/** The Teams user id (MRI) in a stored personal conversation reference. */
const userMriOf = (reference: Readonly<Record<string, unknown>> | undefined): string | null => {
  const id: unknown = (reference?.user as { id?: unknown } | undefined)?.id;
  return typeof id === 'string' && id.length > 0 ? id : null;
};

/**
 * Builds a review notification at send time, through the policy-checked use cases as its recipient:
 *  - a peer request card: null (dropped) when the request is gone, not the recipient's, submitted
 *    already, or not answerable now (outside the peer phase);
 *  - a reminder: null when the work it is about is done (self review or manager reviews submitted,
 *    every request answered) or its phase is over. A peer reminder with one request is the form itself.
 * Nothing here reads who answered someone else's request: the subject is never told about responses.
 */
export async function composeReviewNotification(deps: ReviewComposerDeps, notification: QueuedNotification, kind: ReviewNotificationKind): Promise<OutgoingMessage | null> {
  const recipient = await deps.performance.directory.getPerson(notification.tenantId, notification.recipientId);
  if (!recipient || recipient.tenantId !== notification.tenantId) return null;
  const request = { actor: recipient };
  const conversation = deps.conversations ? await deps.conversations.get(recipient.tenantId, 'personal', recipient.id) : null;
  const context: ReviewCardContext = { reviewerId: recipient.id, links: deps.links, userMri: userMriOf(conversation?.reference) };

  if (kind === 'review-peer-request') {
    const responseId = responseIdOfPeriod(notification.period);
    if (responseId === null) return null;
    const found = await getPeerRequest(deps.performance, request, responseId);
    if (!found.ok || found.value.status === 'submitted' || !found.value.canEdit) return null;
    return cardMessage(peerRequestCard(found.value, context), `${found.value.subject.displayName}: your feedback is asked for`);
  }

  const reminder = parseReminderPeriod(notification.period);
  if (reminder === null) return null;
  switch (reminder.phase) {
    case 'peer':
      return peerReminder(deps, recipient, reminder.cycleId, context);
    case 'self': {
      const mine = await listMyReviews(deps.performance, request);
      const packet = mine.ok ? mine.value.items.find((p) => p.cycleId === reminder.cycleId) : undefined;
      if (!packet || !reminderOpenIn('self', packet.phase) || !packet.selfReview || packet.selfReview.status === 'submitted' || !packet.can.editSelfReview) return null;
      const card = selfReviewReminderCard({ cycleName: packet.cycleName, deadline: packet.deadlines.self, started: packet.selfReview.status === 'draft', links: deps.links });
      return cardMessage(card, `Your self review is due ${readableDate(packet.deadlines.self)}`);
    }
    case 'manager': {
      const toWrite = await listReviewsToWrite(deps.performance, request);
      const owed = toWrite.ok ? toWrite.value.items.filter((p) => p.cycleId === reminder.cycleId && reminderOpenIn('manager', p.phase) && p.managerReview !== undefined && p.managerReview !== 'submitted') : [];
      if (owed.length === 0) return null;
      const first = owed[0]!;
      const card = managerReviewReminderCard({ cycleName: first.cycleName, deadline: first.deadlines.manager, subjects: owed.map((p) => p.subject), links: deps.links });
      return cardMessage(card, `${owed.length === 1 ? 'A review' : `${owed.length} reviews`} to write by ${readableDate(first.deadlines.manager)}`);
    }
  }
}

async function peerReminder(deps: ReviewComposerDeps, recipient: Person, cycleId: string, context: ReviewCardContext): Promise<OutgoingMessage | null> {
  const listed = await listPeerRequests(deps.performance, { actor: recipient });
  const pending = listed.ok ? listed.value.items.filter((r) => r.cycleId === cycleId && r.status === 'pending' && r.canEdit) : [];
  if (pending.length === 0) return null;
  const summary = `Reminder: feedback due ${readableDate(pending[0]!.deadline)}`;
  return pending.length === 1 ? cardMessage(peerRequestCard(pending[0]!, context, { reminder: true }), summary) : cardMessage(peerReminderCard(pending, context), summary);
}
