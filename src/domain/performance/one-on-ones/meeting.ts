import { fail, ok, type Result } from '../../shared/result.js';
import { isCalendarDate } from './calendar-date.js';
import type { OneOnOneErrorCode } from './one-on-one-error-codes.js';
import type { OneOnOnePair } from './one-on-one-pair.js';

export const MEETING_STATUSES = ['upcoming', 'done'] as const;
export type MeetingStatus = (typeof MEETING_STATUSES)[number];

export const MAX_SHARED_NOTES_LENGTH = 20_000;

/** Notes both sides see and write; their own revision, so a date change never makes a note edit stale. */
export interface SharedNotes {
  readonly text: string;
  readonly revision: number;
  readonly updatedBy: string | null;
  readonly updatedAt: string | null;
}

/** One meeting of a pair's 1:1 series. Talking points and action items are documents of their own. */
export interface Meeting extends OneOnOnePair {
  readonly id: string;
  /** Calendar date, YYYY-MM-DD. */
  readonly date: string;
  readonly status: MeetingStatus;
  readonly sharedNotes: SharedNotes;
  /** The talking points still open when the meeting was completed: they moved on to the next meeting. */
  readonly carriedOverPointIds: readonly string[];
  readonly completedAt: string | null;
  readonly completedBy: string | null;
  readonly createdBy: string;
  readonly createdAt: string;
  readonly updatedAt: string;
  /** Moves when the date or status changes; the API's If-Match for rescheduling and completing. */
  readonly revision: number;
}

/** What a series listing needs of each meeting (a projection: no notes). */
export type MeetingSummary = Pick<Meeting, 'tenantId' | 'reportId' | 'managerId' | 'pairId' | 'id' | 'date' | 'status' | 'completedAt'>;

const dateFailure = (date: string): Result<never, OneOnOneErrorCode> | null =>
  isCalendarDate(date) ? null : fail('PERF.VALIDATION', 'Some fields need attention', { fields: { date: 'Use a date like 2026-11-30' } });

/** Meetings in the order they happen: by date, then by id so equal dates have a stable order. */
export const byDate = (a: Pick<Meeting, 'date' | 'id'>, b: Pick<Meeting, 'date' | 'id'>): number => a.date.localeCompare(b.date) || a.id.localeCompare(b.id);

/** The meeting open talking points gather in: the earliest upcoming one. */
export function nextUpcoming<M extends Pick<Meeting, 'date' | 'id' | 'status'>>(meetings: readonly M[]): M | null {
  return [...meetings].filter((m) => m.status === 'upcoming').sort(byDate)[0] ?? null;
}

export function scheduleMeeting(pair: OneOnOnePair, input: { id: string; date: string; by: string; now: string }): Result<Meeting, OneOnOneErrorCode> {
  const invalid = dateFailure(input.date);
  if (invalid) return invalid;
  return ok({
    ...pair,
    id: input.id,
    date: input.date,
    status: 'upcoming',
    sharedNotes: { text: '', revision: 0, updatedBy: null, updatedAt: null },
    carriedOverPointIds: [],
    completedAt: null,
    completedBy: null,
    createdBy: input.by,
    createdAt: input.now,
    updatedAt: input.now,
    revision: 1,
  });
}

const revisionFailure = (what: string, expected: number | undefined, actual: number): Result<never, OneOnOneErrorCode> | null =>
  expected !== undefined && expected !== actual ? fail('PERF.REVISION_MISMATCH', `${what} changed since you loaded it; reload and try again`, { revision: actual }) : null;

export function rescheduleMeeting(meeting: Meeting, date: string, now: string, expectedRevision?: number): Result<Meeting, OneOnOneErrorCode> {
  const stale = revisionFailure('The meeting', expectedRevision, meeting.revision);
  if (stale) return stale;
  if (meeting.status === 'done') return fail('PERF.MEETING_DONE', 'A meeting that took place keeps its date');
  const invalid = dateFailure(date);
  if (invalid) return invalid;
  return ok({ ...meeting, date, updatedAt: now, revision: meeting.revision + 1 });
}

/**
 * Completes a meeting. `openPointIds` are the talking points on its agenda still unchecked: they are
 * remembered here and, being open, show on the next upcoming meeting from now on.
 */
export function completeMeeting(meeting: Meeting, openPointIds: readonly string[], by: string, now: string, expectedRevision?: number): Result<Meeting, OneOnOneErrorCode> {
  const stale = revisionFailure('The meeting', expectedRevision, meeting.revision);
  if (stale) return stale;
  if (meeting.status === 'done') return fail('PERF.MEETING_DONE', 'This meeting is completed already');
  return ok({ ...meeting, status: 'done', carriedOverPointIds: [...new Set(openPointIds)], completedAt: now, completedBy: by, updatedAt: now, revision: meeting.revision + 1 });
}

/** Shared notes stay editable after the meeting: people write them up afterwards. */
export function editSharedNotes(meeting: Meeting, text: string, by: string, now: string, expectedRevision?: number): Result<Meeting, OneOnOneErrorCode> {
  const stale = revisionFailure('The shared notes', expectedRevision, meeting.sharedNotes.revision);
  if (stale) return stale;
  if (text.length > MAX_SHARED_NOTES_LENGTH) return fail('PERF.VALIDATION', 'Some fields need attention', { fields: { text: `At most ${MAX_SHARED_NOTES_LENGTH} characters` } });
  return ok({ ...meeting, sharedNotes: { text, revision: meeting.sharedNotes.revision + 1, updatedBy: by, updatedAt: now }, updatedAt: now });
}

/** Small, stable FNV-1a hash in base 36: deterministic ids without a crypto dependency. */
function shortHash(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(36);
}

/**
 * The id of the meeting scheduled automatically after `meetingId`: the same for both sides, so two
 * people completing the same meeting at once schedule one follow-up, not two.
 */
export const followUpMeetingId = (pair: OneOnOnePair, meetingId: string): string => `${pair.pairId}.mf${shortHash(meetingId)}`;

/** The default cadence: a week after the meeting, or a week from today if it took place late. */
export const FOLLOW_UP_DAYS = 7;
