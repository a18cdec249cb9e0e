import type { Result } from '../../../domain/shared/result.js';

/** A Teams meeting as the tab names it (teams-js getContext): its id and the meeting chat's id. */
export interface MeetingRef {
  /** Always the caller's tenant: a request never names one. */
  readonly tenantId: string;
  /** The BASE64 meeting id Teams gives the tab (`context.meeting.id`). */
  readonly meetingId: string;
  /** The meeting chat (`context.chat.id`, 19:meeting_…@thread.v2). */
  readonly chatId: string;
}

/** What Teams says a person is in a meeting. */
export type MeetingRole = 'organizer' | 'presenter' | 'attendee' | 'guest' | 'unknown';

export interface MeetingParticipant {
  /** The person's Entra object id, which is their id in Tandem. */
  readonly personId: string;
  readonly role: MeetingRole;
  /** Whether they are in the call right now. */
  readonly inMeeting: boolean;
  /** The chat Teams says the meeting belongs to; compared with the chat the tab named. */
  readonly chatId: string | null;
  /** The participant's tenant as Teams reports it. */
  readonly tenantId: string | null;
}

/** The roster could not be asked, as opposed to "not a participant" (which is `ok(null)`). */
export type MeetingRosterError =
  /** The app is not installed in the meeting chat, so the bot cannot ask about it. */
  | 'MEETING.APP_NOT_INSTALLED'
  /** Teams refused the bot (the app was removed, or its meeting permissions were not granted). */
  | 'MEETING.ROSTER_FORBIDDEN'
  /** Teams throttled the bot; `details.retryAfterMs` says for how long when it said. */
  | 'MEETING.ROSTER_THROTTLED'
  /** Teams did not answer, or answered with an error of its own. */
  | 'MEETING.ROSTER_UNAVAILABLE';

/**
 * Who takes part in a Teams meeting. In azure mode the Teams meeting participant API, asked with the
 * bot's credentials; in local mode the meetings the local dev host registered. Never the request body.
 */
export interface MeetingParticipants {
  /** The person as a participant of the meeting; `ok(null)` when they are not one or the meeting is unknown. */
  find(meeting: MeetingRef, personId: string): Promise<Result<MeetingParticipant | null, MeetingRosterError>>;
}
