export const WEEKDAYS = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'] as const;
export type Weekday = (typeof WEEKDAYS)[number];
export const CADENCES = ['weekly', 'biweekly', 'monthly'] as const;
export type ReminderCadence = (typeof CADENCES)[number];

/** A weekday and a local time of day ("09:00"), read in each person's own time zone. */
export interface LocalSlot {
  readonly day: Weekday;
  readonly time: string;
}

/** A tenant's defaults: check-in reminders on Monday 09:00, manager digests on Friday 15:00. */
export interface TenantNotificationSettings {
  readonly tenantId: string;
  readonly reminder: LocalSlot & { readonly cadence: ReminderCadence; readonly skipIfCheckedInWithinDays: number };
  readonly digest: LocalSlot & { readonly enabled: boolean };
  readonly updatedAt: string;
}

/** One person's choices: a pause while away, and an own reminder slot. */
export interface PersonNotificationPreferences {
  readonly tenantId: string;
  readonly personId: string;
  /** No reminders before this instant (ISO); null when not paused. */
  readonly pausedUntil: string | null;
  /** Overrides the tenant's reminder day and time; null keeps the tenant's. */
  readonly reminderSlot: LocalSlot | null;
  readonly updatedAt: string;
}

export const defaultTenantSettings = (tenantId: string, now: string): TenantNotificationSettings => ({
  tenantId,
  reminder: { day: 'monday', time: '09:00', cadence: 'weekly', skipIfCheckedInWithinDays: 3 },
  digest: { day: 'friday', time: '15:00', enabled: true },
  updatedAt: now,
});

export const defaultPreferences = (tenantId: string, personId: string, now: string): PersonNotificationPreferences => ({
  tenantId,
  personId,
  pausedUntil: null,
  reminderSlot: null,
  updatedAt: now,
});

/** Notification settings live in the shared `directory` container, next to the people they concern. */
export interface NotificationSettingsRepository {
  /** The tenant's settings, or the defaults when none were saved. */
  getTenantSettings(tenantId: string): Promise<TenantNotificationSettings>;
  saveTenantSettings(settings: TenantNotificationSettings): Promise<void>;
  /** A person's preferences, or the defaults when none were saved. */
  getPreferences(tenantId: string, personId: string): Promise<PersonNotificationPreferences>;
  /** Everyone in the tenant who saved preferences (pauses and own slots), for the scheduler. */
  listPreferences(tenantId: string): Promise<PersonNotificationPreferences[]>;
  savePreferences(preferences: PersonNotificationPreferences): Promise<void>;
}
