import { DateTime } from 'luxon';
import type { LocalDateTime } from '../../domain/notifications/civil-time.js';

/**
 * The wall-clock time of an instant in an IANA time zone. An unknown zone falls back to UTC (and says
 * so) rather than leaving the person without reminders.
 */
export function wallClock(instant: Date, zone: string): { readonly local: LocalDateTime; readonly zoneValid: boolean } {
  let dt = DateTime.fromJSDate(instant, { zone });
  const zoneValid = dt.isValid;
  if (!zoneValid) dt = DateTime.fromJSDate(instant, { zone: 'UTC' });
  return { local: { year: dt.year, month: dt.month, day: dt.day, hour: dt.hour, minute: dt.minute }, zoneValid };
}

/** One conversion per zone per tick: thousands of people share a handful of zones. */
export class WallClocks {
  private readonly byZone = new Map<string, { readonly local: LocalDateTime; readonly zoneValid: boolean }>();
  constructor(private readonly instant: Date) {}

  of(zone: string): { readonly local: LocalDateTime; readonly zoneValid: boolean } {
    let found = this.byZone.get(zone);
    if (!found) {
      found = wallClock(this.instant, zone);
      this.byZone.set(zone, found);
    }
    return found;
  }
}
