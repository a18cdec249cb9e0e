import { fail, ok, type Result } from '../../shared/result.js';
import { nextUpcoming, type Meeting, type MeetingSummary } from './meeting.js';
import type { OneOnOneErrorCode } from './one-on-one-error-codes.js';
import type { TalkingPoint } from './talking-point.js';

/**
 * Carry-over is derived, not copied: an unchecked point sits on the meeting it was added to while
 * that meeting is upcoming, and on the next upcoming meeting once it is done. Completing a meeting
 * therefore writes one document (the meeting, with the ids of the points it handed on), and a
 * point added or checked while someone completes the meeting is never lost.
 */

/** open: to discuss; done: checked off in this meeting; carried-over: still open when this meeting ended. */
export type AgendaState = 'open' | 'done' | 'carried-over';

export interface AgendaItem extends TalkingPoint {
  readonly state: AgendaState;
  /** Set when the point came from an earlier meeting. */
  readonly carriedFrom: { readonly meetingId: string; readonly date: string | null } | null;
}

type MeetingRef = Pick<MeetingSummary, 'id' | 'date' | 'status'>;

/** The upcoming meeting whose agenda an unchecked point is on now; null when none is scheduled. */
export function currentMeetingOf(point: Pick<TalkingPoint, 'meetingId'>, meetings: readonly MeetingRef[]): string | null {
  const origin = meetings.find((m) => m.id === point.meetingId);
  if (origin?.status === 'upcoming') return origin.id;
  return nextUpcoming(meetings)?.id ?? null;
}

/** The meeting whose agenda shows this point for editing now (checked points stay on the meeting they were checked in). */
export function liveMeetingOf(point: Pick<TalkingPoint, 'meetingId' | 'done' | 'doneInMeetingId'>, meetings: readonly MeetingRef[]): string | null {
  if (!point.done) return currentMeetingOf(point, meetings);
  const checkedIn = meetings.find((m) => m.id === point.doneInMeetingId);
  return checkedIn?.status === 'upcoming' ? checkedIn.id : null;
}

const byRank = (a: TalkingPoint, b: TalkingPoint): number => a.rank - b.rank || a.createdAt.localeCompare(b.createdAt) || a.id.localeCompare(b.id);

/**
 * The agenda of one meeting, in order. `points` may be any superset of the pair's relevant points
 * (the store fetches open points plus those touching this meeting).
 */
export function agendaOf(meeting: Pick<Meeting, 'id' | 'status' | 'carriedOverPointIds'>, meetings: readonly MeetingRef[], points: readonly TalkingPoint[]): AgendaItem[] {
  const carried = new Set(meeting.carriedOverPointIds);
  const onAgenda = (p: TalkingPoint): boolean => {
    if (meeting.status === 'done') return p.meetingId === meeting.id || p.doneInMeetingId === meeting.id || carried.has(p.id);
    return p.done ? p.doneInMeetingId === meeting.id : currentMeetingOf(p, meetings) === meeting.id;
  };
  const dateOf = new Map(meetings.map((m) => [m.id, m.date]));
  return points
    .filter(onAgenda)
    .sort(byRank)
    .map((p) => ({
      ...p,
      state: p.done && p.doneInMeetingId === meeting.id ? 'done' : meeting.status === 'done' ? 'carried-over' : 'open',
      carriedFrom: p.meetingId === meeting.id ? null : { meetingId: p.meetingId, date: dateOf.get(p.meetingId) ?? null },
    }));
}

/** The points a meeting hands on when it is completed: those still open on its agenda. */
export const openPointIds = (agenda: readonly AgendaItem[]): string[] => agenda.filter((item) => item.state === 'open').map((item) => item.id);

export type MoveDirection = 'up' | 'down';

/**
 * The rank that moves a point one place up or down its agenda: halfway between the neighbour it
 * passes and the one beyond, so only the moved point is written.
 */
export function rankForMove(agenda: readonly Pick<TalkingPoint, 'id' | 'rank'>[], pointId: string, direction: MoveDirection): Result<number, OneOnOneErrorCode> {
  const index = agenda.findIndex((p) => p.id === pointId);
  if (index < 0) return fail('PERF.NOT_FOUND', 'That talking point is not on this agenda');
  const step = direction === 'up' ? -1 : 1;
  const passed = agenda[index + step];
  if (!passed) return fail('PERF.VALIDATION', `The talking point is already ${direction === 'up' ? 'first' : 'last'}`, { fields: { direction: 'Cannot move further' } });
  const beyond = agenda[index + 2 * step];
  const target = beyond ? (passed.rank + beyond.rank) / 2 : passed.rank + step;
  // Ties (equal ranks) leave no room between: step a hair past the passed point instead.
  const strictlyPast = direction === 'up' ? target < passed.rank : target > passed.rank;
  return ok(strictlyPast && (!beyond || target !== beyond.rank) ? target : passed.rank + step * Math.max(Math.abs(passed.rank) * Number.EPSILON * 4, 1e-6));
}
