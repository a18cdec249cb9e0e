import { nextUpcoming } from '../../domain/performance/one-on-ones/meeting.js';
import { ok, type Result } from '../../domain/shared/result.js';
import { getOneOnOneWith } from '../performance/one-on-ones/get-one-on-one-with.js';
import { scheduleOneOnOneMeeting } from '../performance/one-on-ones/schedule-meeting.js';
import type { RequestContext } from '../request-context.js';
import type { SidePanelDeps } from './meeting-deps.js';
import { openMeetingPair } from './open-meeting-pair.js';
import type { MeetingSessionRequest } from './verify-meeting-session.js';

/** Today's calendar date where the person is (their time zone), YYYY-MM-DD. */
export function localDate(now: Date, timeZone: string): string {
  try {
    return new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(now);
  } catch {
    return now.toISOString().slice(0, 10);
  }
}

export interface StartedOneOnOne {
  readonly id: string;
  readonly date: string;
  /** False when an upcoming 1:1 existed already and nothing was scheduled. */
  readonly created: boolean;
}

/**
 * The pair meets in Teams but Tandem has no upcoming 1:1: records today's, so the agenda and notes
 * have a place. An upcoming one is reused (a second click schedules nothing). Through the 1:1 use
 * cases, for the verified pair only.
 */
export async function startMeetingOneOnOne(deps: SidePanelDeps, ctx: RequestContext, request: MeetingSessionRequest): Promise<Result<StartedOneOnOne, string>> {
  const opened = await openMeetingPair(deps, ctx, request);
  if (!opened.ok) return opened;
  const { pair } = opened.value;
  const existing = await getOneOnOneWith(deps.performance, ctx, pair.viewerIs === 'manager' ? pair.report.id : pair.manager.id);
  if (!existing.ok) return existing;
  const upcoming = nextUpcoming(existing.value.meetings);
  if (upcoming) return ok({ id: upcoming.id, date: upcoming.date, created: false });
  const scheduled = await scheduleOneOnOneMeeting(deps.performance, ctx, pair.report.id, { date: localDate(deps.okr.clock.now(), ctx.actor.timezone) });
  return scheduled.ok ? ok({ id: scheduled.value.id, date: scheduled.value.date, created: true }) : scheduled;
}
