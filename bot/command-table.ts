import { BOT_COMMANDS, type BotCommandTitle } from './bot-commands.js';
import { checkin } from './commands/checkin.js';
import type { CommandHandler } from './commands/command-kit.js';
import { help } from './commands/help.js';
import { okrs } from './commands/okrs.js';
import { pause } from './commands/pause.js';
import { resume } from './commands/resume.js';
import { settings } from './commands/settings.js';

/**
 * One handler per command of bot-commands.ts (the table the manifest's command list copies). The
 * mapped type makes a command without a handler a compile error.
 */
export const COMMAND_TABLE: { readonly [T in BotCommandTitle]: CommandHandler } = { help, okrs, checkin, pause, resume, settings };

/** Other words people type for the same thing. */
const ALIASES: Readonly<Record<string, BotCommandTitle>> = {
  '?': 'help',
  hi: 'help',
  hello: 'help',
  menu: 'help',
  commands: 'help',
  okr: 'okrs',
  'my okrs': 'okrs',
  'check-in': 'checkin',
  'check in': 'checkin',
  unpause: 'resume',
  setting: 'settings',
  reminders: 'settings',
};

const TITLES = new Set<string>(BOT_COMMANDS.map((c) => c.title));

/** Splits typed text into a known command and its argument, or null when it is not a command. */
export function matchCommand(text: string): { command: BotCommandTitle; args: string } | null {
  const clean = text.replace(/\s+/g, ' ').trim();
  const lower = clean.toLowerCase();
  for (const [alias, command] of Object.entries(ALIASES)) {
    if (alias.includes(' ') && (lower === alias || lower.startsWith(`${alias} `))) return { command, args: clean.slice(alias.length).trim() };
  }
  const [first = '', ...rest] = clean.split(' ');
  const word = first.toLowerCase().replace(/^\//, '');
  if (TITLES.has(word)) return { command: word as BotCommandTitle, args: rest.join(' ') };
  const alias = ALIASES[word];
  return alias ? { command: alias, args: rest.join(' ') } : null;
}
