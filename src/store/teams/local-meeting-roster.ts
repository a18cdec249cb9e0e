import { ok, type Result } from '../../domain/shared/result.js';
import type { MeetingParticipant, MeetingParticipants, MeetingRef, MeetingRole, MeetingRosterError } from '../../app/meetings/ports/meeting-participants.js';

/** A meeting as the local dev host (the teams-js test host page) describes it. */
export interface LocalMeeting {
  readonly tenantId: string;
  readonly meetingId: string;
  readonly chatId: string;
  readonly participants: readonly { readonly personId: string; readonly role: MeetingRole }[];
}

/** Registered meetings kept in memory; the oldest go first beyond this many. */
export const MAX_LOCAL_MEETINGS = 500;

/**
 * Local mode's meeting roster: there is no Teams to ask, so the local dev host registers each meeting
 * with its participants (POST /api/v1/dev/meetings, mounted in local mode only) before it opens the
 * tab, the way Teams would know them. Kept in memory: a meeting lives as long as the local server.
 * Azure mode refuses to build it; there the roster comes from Teams.
 */
export class LocalMeetingRoster implements MeetingParticipants {
  private readonly meetings = new Map<string, LocalMeeting>();

  constructor(mode: 'local' | 'azure') {
    if (mode !== 'local') throw new Error('LocalMeetingRoster exists only in local mode: in azure mode meeting participants come from Teams');
  }

  private static key(tenantId: string, meetingId: string): string {
    return `${tenantId.toLowerCase()}|${meetingId}`;
  }

  /** Registers (or replaces) a meeting and its participants. */
  register(meeting: LocalMeeting): void {
    const key = LocalMeetingRoster.key(meeting.tenantId, meeting.meetingId);
    this.meetings.delete(key);
    this.meetings.set(key, { ...meeting, participants: meeting.participants.map((p) => ({ ...p })) });
    while (this.meetings.size > MAX_LOCAL_MEETINGS) this.meetings.delete(this.meetings.keys().next().value!);
  }

  async find(meeting: MeetingRef, personId: string): Promise<Result<MeetingParticipant | null, MeetingRosterError>> {
    const known = this.meetings.get(LocalMeetingRoster.key(meeting.tenantId, meeting.meetingId));
    const participant = known?.participants.find((p) => p.personId.toLowerCase() === personId.toLowerCase());
    if (!known || !participant) return ok(null);
    return ok({ personId: participant.personId, role: participant.role, inMeeting: true, chatId: known.chatId, tenantId: known.tenantId });
  }
}
