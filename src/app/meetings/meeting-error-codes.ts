import type { MeetingRosterError } from './ports/meeting-participants.js';

/** Stable codes for meeting failures; src/api/http/error-status.ts maps them to HTTP statuses. */
export type MeetingErrorCode =
  | MeetingRosterError
  /** The meeting is unknown, or the caller is not one of its participants (the API does not say which). */
  | 'MEETING.NOT_FOUND'
  /** The proposed counterpart is not a participant of this meeting, or not a person in the caller's tenant. */
  | 'MEETING.COUNTERPART_NOT_FOUND'
  /** The person or team a board was asked for does not exist in the caller's tenant. */
  | 'MEETING.SUBJECT_NOT_FOUND'
  /** A 1:1 action in a meeting without a verified manager-report pair (the caller and the counterpart). */
  | 'MEETING.NOT_A_ONE_ON_ONE';

