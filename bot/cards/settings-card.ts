import { WEEKDAYS, type LocalSlot, type PersonNotificationPreferences, type TenantNotificationSettings } from '../../src/app/ports/notification-settings.js';
import type { Person } from '../../src/domain/people/person.js';
import { formatDate } from '../checkin/format.js';
import { VERB } from '../verb-names.js';
import { attention, card, execute, facts, heading, subtle, text, type AdaptiveCard } from './card-kit.js';

export const SETTINGS_INPUT = { day: 'reminder_day', time: 'reminder_time' } as const;

const capitalise = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);
export const describeSlot = (slot: LocalSlot): string => `${capitalise(slot.day)} at ${slot.time}`;

export interface SettingsCardOptions {
  readonly person: Pick<Person, 'timezone' | 'locale'>;
  readonly tenant: TenantNotificationSettings;
  readonly preferences: PersonNotificationPreferences;
  readonly now: Date;
  /** What the person typed, when the card comes back with errors. */
  readonly values?: { readonly day?: string; readonly time?: string };
  readonly errors?: Readonly<Record<string, string>>;
  /** Shown on top after a save. */
  readonly saved?: string | null;
}

/** `settings`: the day and time of my weekly check-in reminder, in my own time zone. */
export function settingsCard(options: SettingsCardOptions): AdaptiveCard {
  const { tenant, preferences, person } = options;
  const slot = preferences.reminderSlot ?? tenant.reminder;
  const paused = preferences.pausedUntil !== null && Date.parse(preferences.pausedUntil) > options.now.getTime() ? preferences.pausedUntil : null;
  const errors = options.errors ?? {};
  return card(
    [
      heading('Reminder settings'),
      options.saved ? text(options.saved, { color: 'Good', id: 'settings_saved' }) : null,
      facts([
        ['Weekly reminder', `${describeSlot(slot)}${preferences.reminderSlot ? '' : " (your organisation's default)"}`],
        ['Time zone', person.timezone],
        ['Reminders', paused ? `paused until ${formatDate(paused, person.timezone, person.locale)}` : 'on'],
      ]),
      {
        type: 'Input.ChoiceSet',
        id: SETTINGS_INPUT.day,
        label: 'Day',
        style: 'compact',
        value: options.values?.day ?? slot.day,
        choices: WEEKDAYS.map((d) => ({ title: capitalise(d), value: d })),
      },
      errors[SETTINGS_INPUT.day] ? attention(errors[SETTINGS_INPUT.day]!, `${SETTINGS_INPUT.day}_error`) : null,
      { type: 'Input.Time', id: SETTINGS_INPUT.time, label: `Time (${person.timezone})`, value: options.values?.time ?? slot.time },
      errors[SETTINGS_INPUT.time] ? attention(errors[SETTINGS_INPUT.time]!, `${SETTINGS_INPUT.time}_error`) : null,
      subtle(paused ? 'Type "resume" to turn reminders back on.' : 'Away for a while? Type "pause 2w".', { spacing: 'Medium' }),
    ],
    {
      actions: [
        execute('Save', VERB.settingsSave, {}, { style: 'positive', associatedInputs: 'auto' }),
        execute("Use my organisation's default", VERB.settingsReset, {}, { associatedInputs: 'none' }),
      ],
      fallbackText: `Weekly reminder: ${describeSlot(slot)}`,
    },
  );
}
