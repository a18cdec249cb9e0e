import { DateTime } from 'luxon';
import { DEFAULT_PAUSE_DAYS } from '../bot-commands.js';
import { formatDate } from '../checkin/format.js';
import type { CommandHandler } from './command-kit.js';

/** The longest pause: a year. Longer absences are better handled by HR than by a chat command. */
export const MAX_PAUSE_DAYS = 366;

export type PauseParse = { ok: true; until: string } | { ok: false; message: string };

const UNITS: Record<string, number> = { d: 1, day: 1, days: 1, w: 7, wk: 7, wks: 7, week: 7, weeks: 7 };

/**
 * Reads the argument of `pause`: nothing (DEFAULT_PAUSE_DAYS), a length ("2w", "10d", "3 weeks",
 * "for 2 weeks") or a date ("2026-12-24", "until 2026-12-24"). A date means reminders come back on
 * that day, from midnight in the person's time zone. Returns the end of the pause as an ISO instant.
 */
export function parsePause(args: string, now: Date, timezone: string): PauseParse {
  const text = args.trim().toLowerCase().replace(/^(until|till|til|for)\s+/, '');
  const usage = 'Try "pause 2w", "pause 10d" or "pause until 2026-12-24".';
  const start = DateTime.fromJSDate(now, { zone: 'utc' });
  let until: DateTime;
  if (text === '') {
    until = start.plus({ days: DEFAULT_PAUSE_DAYS });
  } else {
    const length = /^(\d{1,3})\s*([a-z]+)$/.exec(text);
    const date = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
    if (length && UNITS[length[2]!] !== undefined) {
      const days = Number(length[1]) * UNITS[length[2]!]!;
      if (days < 1 || days > MAX_PAUSE_DAYS) return { ok: false, message: `Pause for 1 day up to ${MAX_PAUSE_DAYS} days. ${usage}` };
      until = start.plus({ days });
    } else if (date) {
      const zoned = DateTime.fromObject({ year: Number(date[1]), month: Number(date[2]), day: Number(date[3]) }, { zone: timezone });
      const day = zoned.isValid ? zoned : DateTime.fromObject({ year: Number(date[1]), month: Number(date[2]), day: Number(date[3]) }, { zone: 'utc' });
      if (!day.isValid) return { ok: false, message: `"${args.trim().slice(0, 40)}" is not a date. ${usage}` };
      if (day.toMillis() <= start.toMillis()) return { ok: false, message: 'That date has passed: pick one in the future.' };
      if (day.toMillis() > start.plus({ days: MAX_PAUSE_DAYS }).toMillis()) return { ok: false, message: `Pause for at most ${MAX_PAUSE_DAYS} days.` };
      until = day;
    } else {
      return { ok: false, message: `I did not understand "${args.trim().slice(0, 40)}". ${usage}` };
    }
  }
  return { ok: true, until: until.toUTC().toISO()! };
}

/** `pause <until date | 2w>`: no reminders while away. */
export const pause: CommandHandler = async (turn, args) => {
  const { settings, okr } = turn.services;
  const parsed = parsePause(args, okr.clock.now(), turn.person.timezone);
  if (!parsed.ok) {
    await turn.context.sendActivity(parsed.message);
    return;
  }
  const current = await settings.getPreferences(turn.person.tenantId, turn.person.id);
  await settings.savePreferences({ ...current, pausedUntil: parsed.until, updatedAt: okr.clock.now().toISOString() });
  await turn.context.sendActivity(
    `Reminders paused until ${formatDate(parsed.until, turn.person.timezone, turn.person.locale, true)}. Type "resume" to turn them back on sooner.`,
  );
};
