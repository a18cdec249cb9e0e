import { deliveryPeriod } from '../../../domain/performance/feedback/feedback-delivery-period.js';
import type { FeedbackItem } from '../../../domain/performance/feedback/feedback-item.js';
import type { FeedbackRequest } from '../../../domain/performance/feedback/feedback-request.js';
import { enqueueOnce, type EnqueueDeps } from '../../notifications/enqueue-once.js';
import type { PipelineLogger } from '../../notifications/ports/pipeline-logger.js';
import { notificationKey, type NotificationKind, type QueuedNotification } from '../../notifications/queued-notification.js';
import type { Clock } from '../../ports/clock.js';
import type { ConversationReferences } from '../../ports/conversation-references.js';
import type { FeedbackNotifier } from './feedback-notifier.js';

/** A request still unanswered this long after it was made reminds its invitee once. */
export const DEFAULT_FEEDBACK_REMINDER_DAYS = 3;
/** Azure Storage keeps a message invisible for at most 7 days. */
const MAX_DELAY_MS = 7 * 24 * 3600_000;

export interface QueuedFeedbackNotifierDeps extends EnqueueDeps {
  readonly conversations: ConversationReferences;
  readonly clock: Clock;
  readonly logger: PipelineLogger;
  readonly reminderAfterDays?: number;
}

/**
 * Feedback notifications through the send pipeline: one queued message per recipient and item, keyed
 * `tenant|recipient|kind|<date>~<item id>`, so the ledger lets each go out once, within Teams' rate
 * limits, across restarts. The reminder is queued at the same time, invisible until it is due; the
 * composer drops it if the invitee answered (or the request closed) by then. Only invitees with a
 * personal chat with Tandem get cards: a channel or group chat is never a fallback.
 */
export function createQueuedFeedbackNotifier(deps: QueuedFeedbackNotifierDeps): FeedbackNotifier {
  const reminderDelayMs = Math.min(MAX_DELAY_MS, (deps.reminderAfterDays ?? DEFAULT_FEEDBACK_REMINDER_DAYS) * 24 * 3600_000);

  const queue = async (tenantId: string, recipientId: string, kind: NotificationKind, period: string, delayMs = 0): Promise<void> => {
    const now = deps.clock.now();
    const notification: QueuedNotification = { key: notificationKey({ tenantId, recipientId, kind, period }), tenantId, recipientId, kind, period, enqueuedAt: now.toISOString() };
    try {
      await enqueueOnce(deps, notification, now, delayMs > 0 ? { visibilityDelayMs: delayMs } : {});
    } catch (error) {
      deps.logger.error({ err: error, key: notification.key }, 'could not queue a feedback notification');
    }
  };

  const hasPersonalChat = async (tenantId: string, personId: string): Promise<boolean> => {
    try {
      const conversation = await deps.conversations.get(tenantId, 'personal', personId);
      return conversation !== null && conversation.uninstalledAt === null;
    } catch (error) {
      deps.logger.error({ err: error, tenantId }, 'could not read a conversation reference');
      return false;
    }
  };

  return {
    async requestCreated(request: FeedbackRequest): Promise<void> {
      const period = deliveryPeriod(request.createdAt, request.id);
      await Promise.all(
        request.inviteeIds.map(async (inviteeId) => {
          if (!(await hasPersonalChat(request.tenantId, inviteeId))) {
            deps.logger.info({ tenantId: request.tenantId, requestId: request.id }, 'an invitee has no personal chat with Tandem: no card, the tab shows the request');
            return;
          }
          await queue(request.tenantId, inviteeId, 'feedback-request', period);
          await queue(request.tenantId, inviteeId, 'feedback-reminder', period, reminderDelayMs);
        }),
      );
    },

    async praiseGiven(praise: FeedbackItem): Promise<void> {
      if (praise.visibility !== 'praise' || praise.channelTeamId === null) return;
      await queue(praise.tenantId, praise.channelTeamId, 'praise-post', deliveryPeriod(praise.createdAt, praise.id));
    },

    async postableTeams(tenantId: string, teamIds: readonly string[]): Promise<string[]> {
      const found = await Promise.all(
        teamIds.map(async (teamId) => {
          const conversation = await deps.conversations.get(tenantId, 'team', teamId);
          return conversation !== null && conversation.uninstalledAt === null ? teamId : null;
        }),
      );
      return found.filter((id): id is string => id !== null);
    },
  };
}
