import { WEEKDAYS, type Weekday } from '../../src/app/ports/notification-settings.js';
import { SETTINGS_INPUT, describeSlot, settingsCard } from '../cards/settings-card.js';
import type { PersonTurn } from '../bot-services.js';
import { inputText } from '../checkin/checkin-form.js';
import { cardResponse, type ActionData, type VerbHandler } from './verb-kit.js';

const TIME = /^([01]?\d|2[0-3]):([0-5]\d)$/;

/** Validates a reminder slot from the settings card: a weekday and a time of day HH:mm. */
export function parseSlot(data: ActionData): { ok: true; day: Weekday; time: string } | { ok: false; errors: Record<string, string>; values: { day?: string; time?: string } } {
  const day = inputText(data[SETTINGS_INPUT.day]);
  const time = inputText(data[SETTINGS_INPUT.time]);
  const errors: Record<string, string> = {};
  const dayValue = day?.toLowerCase() ?? '';
  if (!(WEEKDAYS as readonly string[]).includes(dayValue)) errors[SETTINGS_INPUT.day] = 'Choose a day of the week';
  const match = time === null ? null : TIME.exec(time);
  if (!match) errors[SETTINGS_INPUT.time] = 'Enter a time like 09:30';
  if (Object.keys(errors).length > 0) {
    return { ok: false, errors, values: { ...(day ? { day: day.slice(0, 20) } : {}), ...(time ? { time: time.slice(0, 10) } : {}) } };
  }
  return { ok: true, day: dayValue as Weekday, time: `${match![1]!.padStart(2, '0')}:${match![2]}` };
}

async function render(turn: PersonTurn, extra: { errors?: Record<string, string>; values?: { day?: string; time?: string }; saved?: string }) {
  const { settings } = turn.services;
  const [tenant, preferences] = await Promise.all([settings.getTenantSettings(turn.person.tenantId), settings.getPreferences(turn.person.tenantId, turn.person.id)]);
  return settingsCard({ person: turn.person, tenant, preferences, now: turn.services.okr.clock.now(), ...extra });
}

export const settingsCardFor = (turn: PersonTurn) => render(turn, {});

/** `settings.save`: my own reminder day and time, validated; errors come back inside the card. */
export const settingsSave: VerbHandler = async (turn, data) => {
  const slot = parseSlot(data);
  if (!slot.ok) return cardResponse(await render(turn, { errors: slot.errors, values: slot.values }));
  const { settings } = turn.services;
  const current = await settings.getPreferences(turn.person.tenantId, turn.person.id);
  const reminderSlot = { day: slot.day, time: slot.time };
  await settings.savePreferences({ ...current, reminderSlot, updatedAt: turn.services.okr.clock.now().toISOString() });
  return cardResponse(await render(turn, { saved: `Saved: your reminder comes ${describeSlot(reminderSlot)}.` }));
};

/** `settings.reset`: back to the organisation's reminder slot. */
export const settingsReset: VerbHandler = async (turn) => {
  const { settings } = turn.services;
  const current = await settings.getPreferences(turn.person.tenantId, turn.person.id);
  await settings.savePreferences({ ...current, reminderSlot: null, updatedAt: turn.services.okr.clock.now().toISOString() });
  return cardResponse(await render(turn, { saved: "Saved: you get reminders at your organisation's default time." }));
};
