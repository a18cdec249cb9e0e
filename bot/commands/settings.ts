import { settingsCardFor } from '../verbs/settings-verbs.js';
import { sendCard, type CommandHandler } from './command-kit.js';

/** `settings`: the day and time of my weekly reminder, as a card with Save. */
export const settings: CommandHandler = async (turn) => sendCard(turn, await settingsCardFor(turn), 'Reminder settings');
