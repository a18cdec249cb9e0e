import { describeSlot } from '../cards/settings-card.js';
import type { CommandHandler } from './command-kit.js';

/** `resume`: reminders back on. */
export const resume: CommandHandler = async (turn) => {
  const { settings, okr } = turn.services;
  const [current, tenant] = await Promise.all([settings.getPreferences(turn.person.tenantId, turn.person.id), settings.getTenantSettings(turn.person.tenantId)]);
  const wasPaused = current.pausedUntil !== null && Date.parse(current.pausedUntil) > okr.clock.now().getTime();
  if (current.pausedUntil !== null) await settings.savePreferences({ ...current, pausedUntil: null, updatedAt: okr.clock.now().toISOString() });
  const slot = describeSlot(current.reminderSlot ?? tenant.reminder);
  await turn.context.sendActivity(wasPaused ? `Welcome back: reminders are on again, ${slot}.` : `Reminders were not paused: they come ${slot}.`);
};
