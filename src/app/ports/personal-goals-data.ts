import type { CheckIn } from '../../domain/okr/check-in.js';
import type { ObjectiveComment } from '../../domain/okr/objective-comment.js';
import type { Objective } from '../../domain/okr/objective.js';
import type { StoredConversation } from './conversation-references.js';
import type { PersonNotificationPreferences } from './notification-settings.js';

/** What the shared goal containers hold about one person (their directory record aside). */
export interface GoalsPersonalRecord {
  /** Objectives they own, contribute to or own a key result of, in every cycle, oldest cycle first. */
  readonly objectives: readonly Objective[];
  /** Check-ins they recorded. */
  readonly checkIns: readonly CheckIn[];
  /** Comments they wrote. */
  readonly comments: readonly ObjectiveComment[];
  /** Null when they never saved any (the tenant's defaults apply). */
  readonly notificationPreferences: PersonNotificationPreferences | null;
  /** How the bot reaches them in personal chat. */
  readonly conversations: readonly StoredConversation[];
}

/**
 * Reads everything the goals store keeps about a person, for a data-subject export. A narrow port on
 * the shared containers: the OKR side never sees the review store, and this reads nothing restricted.
 */
export interface PersonalGoalsData {
  collect(tenantId: string, personId: string): Promise<GoalsPersonalRecord>;
}
