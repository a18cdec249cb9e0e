import type { IsoWeekday } from './civil-time.js';

/** A weekday and a time of day on a person's own wall clock, e.g. Monday 09:00. */
export interface WeeklySlot {
  readonly weekday: IsoWeekday;
  /** Minutes after local midnight, 0-1439. */
  readonly minuteOfDay: number;
}

export const SLOT_WEEKDAYS = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'] as const;
export type SlotWeekday = (typeof SLOT_WEEKDAYS)[number];

const TIME = /^([01]\d|2[0-3]):([0-5]\d)$/;

/** "monday" + "09:00" -> { weekday: 1, minuteOfDay: 540 }; null when either part is not valid. */
export function parseSlot(day: string, time: string): WeeklySlot | null {
  const index = (SLOT_WEEKDAYS as readonly string[]).indexOf(day);
  const match = TIME.exec(time);
  if (index < 0 || !match) return null;
  return { weekday: (index + 1) as IsoWeekday, minuteOfDay: Number(match[1]) * 60 + Number(match[2]) };
}
