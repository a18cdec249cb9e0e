/**
 * The bot's personal-chat commands: what Teams lists in the command menu of the 1:1 chat with
 * Tandem (appPackage/manifest.json, bots[0].commandLists, personal scope) and what the bot's
 * message handler matches typed text against. Pure data: no botbuilder here.
 *
 * The manifest carries a copy of this table (it is a static JSON file the Agents Toolkit also
 * reads); test/app-package checks the two stay identical. Teams shows at most 10 commands, a
 * title of up to 32 characters and a description of up to 128.
 */
export interface BotCommand {
  /** The word the user types (or picks from the menu); matched case-insensitively by the bot. */
  readonly title: string;
  /** One line shown under the title in the command menu. */
  readonly description: string;
}

/** The scopes the command list is offered in. Team and group chats get no command menu. */
export const BOT_COMMAND_SCOPES = ['personal'] as const;

export const BOT_COMMANDS = [
  { title: 'help', description: 'What Tandem can do for you here, and the commands you can use' },
  { title: 'okrs', description: 'Your OKRs for the current quarter as a card, with progress and confidence' },
  { title: 'checkin', description: 'Check in on your key results now: the weekly check-in card' },
  { title: 'pause', description: 'Pause check-in reminders until a date (pause until 2025-09-01) or for 2 weeks' },
  { title: 'resume', description: 'Turn check-in reminders back on' },
  { title: 'settings', description: 'Choose the day and time of your weekly check-in reminder' },
] as const satisfies readonly BotCommand[];

export type BotCommandTitle = (typeof BOT_COMMANDS)[number]['title'];

/** Default length of `pause` without a date. */
export const DEFAULT_PAUSE_DAYS = 14;
