import { ok, type Result } from '../../domain/shared/result.js';
import type { Clock } from '../ports/clock.js';
import type { MeetingParticipant, MeetingParticipants, MeetingRef, MeetingRosterError } from './ports/meeting-participants.js';

/** How long a roster answer is reused: a side panel asks again on every refresh and every edit. */
export const ROSTER_CACHE_MS = 60_000;
const MAX_ENTRIES = 5_000;

/**
 * Remembers roster answers (found and not found, never failures) for a minute, so a busy side panel
 * does not spend the bot's Teams request budget. Someone who leaves the meeting keeps access for at
 * most that long, the same as an open side panel would.
 */
export function cachedMeetingParticipants(inner: MeetingParticipants, clock: Clock, ttlMs = ROSTER_CACHE_MS): MeetingParticipants {
  const entries = new Map<string, { until: number; value: MeetingParticipant | null }>();
  return {
    async find(meeting: MeetingRef, personId: string): Promise<Result<MeetingParticipant | null, MeetingRosterError>> {
      const key = JSON.stringify([meeting.tenantId.toLowerCase(), meeting.meetingId, meeting.chatId, personId.toLowerCase()]);
      const now = clock.now().getTime();
      const hit = entries.get(key);
      if (hit && hit.until > now) return ok(hit.value);
      const found = await inner.find(meeting, personId);
      if (found.ok) {
        entries.delete(key);
        entries.set(key, { until: now + ttlMs, value: found.value });
        while (entries.size > MAX_ENTRIES) entries.delete(entries.keys().next().value!);
      }
      return found;
    },
  };
}
