import { DateTime } from 'luxon';
import { getManagerDigest } from '../src/app/okr/manager-digest.js';
import type { OkrDeps } from '../src/app/okr/okr-deps.js';
import type { PerformanceDeps } from '../src/app/performance/performance-deps.js';
import { listOwnedKeyResults } from '../src/app/okr/owned-key-results.js';
import type { QueuedNotification } from '../src/app/notifications/queued-notification.js';
import type { ConversationReferences } from '../src/app/ports/conversation-references.js';
import type { NotificationComposer } from '../src/app/ports/notification-composer.js';
import type { NotificationSettingsRepository } from '../src/app/ports/notification-settings.js';
import type { OutgoingMessage } from '../src/app/ports/proactive-sender.js';
import { cardMessage } from './cards/card-kit.js';
import { checkInCard } from './cards/checkin-card.js';
import { digestCard } from './cards/digest-card.js';
import { cardIdFor } from './checkin/checkin-flow.js';
import { MAX_CARD_KEY_RESULTS } from './checkin/checkin-form.js';
import type { TabLinks } from './tab-links.js';
import { composeFeedbackNotification } from './performance/feedback-composer.js';
import { composeReviewNotification } from './performance/review-composer.js';

export interface ComposerDeps {
  readonly okr: OkrDeps;
  readonly settings: NotificationSettingsRepository;
  readonly links: TabLinks;
  /** When given, the reminder's refresh also names the recipient's Teams user id from their personal chat. */
  readonly conversations?: ConversationReferences;
  /** Performance management, for feedback and peer request cards, review reminders and praise posts; without it they are dropped. */
  readonly performance?: PerformanceDeps;
}

/** The Teams user id (MRI) in a stored personal conversation reference. */
const userMriOf = (reference: Readonly<Record<string, unknown>> | undefined): string | null => {
  const id: unknown = (reference?.user as { id?: unknown } | undefined)?.id;
  return typeof id === 'string' && id.length > 0 ? id : null;
};

const DAY_MS = 24 * 3600_000;

/** Monday 00:00 of the current week in a time zone (UTC when the zone is unknown). */
export function weekStartIn(now: Date, timezone: string): Date {
  const zoned = DateTime.fromJSDate(now).setZone(timezone);
  return (zoned.isValid ? zoned : DateTime.fromJSDate(now).toUTC()).startOf('week').toJSDate();
}

/**
 * Builds reminders and digests at send time, from current data. Null when there is nothing to say:
 * the recipient is gone, paused, owns no key result in an active cycle, checked in on every key
 * result within the tenant's skip window (reminders), or has no direct reports (digests).
 */
export function createNotificationComposer(deps: ComposerDeps): NotificationComposer {
  return {
    async compose(notification: QueuedNotification): Promise<OutgoingMessage | null> {
      // Feedback kinds first: a praise post's recipient is a team, not a person.
      if (notification.kind === 'feedback-request' || notification.kind === 'feedback-reminder' || notification.kind === 'praise-post') {
        if (!deps.performance) return null;
        return composeFeedbackNotification({ performance: deps.performance, links: deps.links, ...(deps.conversations ? { conversations: deps.conversations } : {}) }, notification, notification.kind);
      }
      if (notification.kind === 'review-peer-request' || notification.kind === 'review-reminder') {
        if (!deps.performance) return null;
        return composeReviewNotification({ performance: deps.performance, links: deps.links, ...(deps.conversations ? { conversations: deps.conversations } : {}) }, notification, notification.kind);
      }
      const person = await deps.okr.directory.getPerson(notification.tenantId, notification.recipientId);
      if (!person || person.tenantId !== notification.tenantId) return null;
      const request = { actor: person };
      const now = deps.okr.clock.now();
      switch (notification.kind) {
        case 'checkin-reminder': {
          const [preferences, tenant, owned, conversation] = await Promise.all([
            deps.settings.getPreferences(person.tenantId, person.id),
            deps.settings.getTenantSettings(person.tenantId),
            listOwnedKeyResults(deps.okr, request),
            deps.conversations ? deps.conversations.get(person.tenantId, 'personal', person.id) : Promise.resolve(null),
          ]);
          if (preferences.pausedUntil !== null && Date.parse(preferences.pausedUntil) > now.getTime()) return null;
          if (owned.length === 0) return null;
          const windowDays = tenant.reminder.skipIfCheckedInWithinDays;
          const since = now.getTime() - windowDays * DAY_MS;
          if (windowDays > 0 && owned.every((o) => o.keyResult.lastCheckIn !== null && Date.parse(o.keyResult.lastCheckIn.at) > since)) return null;
          const items = owned.slice(0, MAX_CARD_KEY_RESULTS);
          const value = checkInCard({ cardId: cardIdFor(notification.key), person, items, links: deps.links, omitted: owned.length - items.length, userMri: userMriOf(conversation?.reference) });
          return cardMessage(value, 'Time for your weekly check-in');
        }
        case 'manager-digest': {
          const digest = await getManagerDigest(deps.okr, request, weekStartIn(now, person.timezone));
          return digest ? cardMessage(digestCard(digest, deps.links), 'Your team this week') : null;
        }
      }
    },
  };
}
