import type { QueuedNotification } from '../notifications/queued-notification.js';
import type { OutgoingMessage } from './proactive-sender.js';

/**
 * Builds the message for a queued notification at send time, so it shows current data (the last
 * check-in values, this week's digest). Null means there is nothing to say any more (e.g. the person
 * checked in since it was queued, or owns no key result now): the message is dropped, not retried.
 */
export interface NotificationComposer {
  compose(notification: QueuedNotification): Promise<OutgoingMessage | null>;
}
