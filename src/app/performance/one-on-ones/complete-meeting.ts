import { agendaOf, openPointIds } from '../../../domain/performance/one-on-ones/agenda.js';
import { addDays, calendarDateOf, isCalendarDate } from '../../../domain/performance/one-on-ones/calendar-date.js';
import { completeMeeting, FOLLOW_UP_DAYS, followUpMeetingId, scheduleMeeting, type Meeting, type MeetingSummary } from '../../../domain/performance/one-on-ones/meeting.js';
import type { OneOnOneErrorCode } from '../../../domain/performance/one-on-ones/one-on-one-error-codes.js';
import type { OneOnOnePair } from '../../../domain/performance/one-on-ones/one-on-one-pair.js';
import { fail, ok, type Result } from '../../../domain/shared/result.js';
import type { RequestContext } from '../../request-context.js';
import { guarded } from '../access-guard.js';
import type { PerformanceDeps } from '../performance-deps.js';
import { openPairDocument, readableOf } from './one-on-one-access.js';
import { updateWithRetry } from './update-with-retry.js';

export interface CompletedMeeting {
  readonly meeting: Meeting;
  /** The upcoming meeting the open points now sit on (scheduled here when there was none). */
  readonly next: MeetingSummary;
}

/** The meeting open points move on to: an upcoming one that exists, else a follow-up created now (idempotently). */
async function ensureNextMeeting(deps: PerformanceDeps, pair: OneOnOnePair, meeting: Meeting, others: readonly MeetingSummary[], nextDate: string | undefined, by: string, now: Date): Promise<Result<MeetingSummary, OneOnOneErrorCode>> {
  const upcoming = others.filter((m) => m.status === 'upcoming' && m.id !== meeting.id).sort((a, b) => a.date.localeCompare(b.date))[0];
  if (upcoming) return ok(upcoming);
  const today = calendarDateOf(now);
  const date = nextDate ?? addDays(meeting.date > today ? meeting.date : today, FOLLOW_UP_DAYS);
  const followUp = scheduleMeeting(pair, { id: followUpMeetingId(pair, meeting.id), date, by, now: now.toISOString() });
  if (!followUp.ok) return followUp;
  const created = await deps.oneOnOnes.create('meeting', followUp.value);
  if (created.ok) return ok(created.value.value);
  // Both sides completing at once schedule the same follow-up: the second finds it there.
  const existing = await deps.oneOnOnes.get('meeting', pair.tenantId, pair.reportId, followUp.value.id);
  if (!existing) throw new Error(`follow-up meeting ${followUp.value.id} neither created nor found: ${created.message}`);
  return ok(existing.value);
}

/**
 * Completes a meeting. Its unchecked talking points move on to the next upcoming meeting; when
 * none is scheduled, a follow-up is scheduled first (on `nextDate`, or a week on; `nextDate` is
 * ignored when another meeting is scheduled already). The follow-up is
 * written before the meeting is marked done, so an interruption leaves an extra upcoming meeting
 * at worst, never a completed meeting whose open points have nowhere to go.
 */
export function completeOneOnOneMeeting(
  deps: PerformanceDeps,
  ctx: RequestContext,
  reportId: string,
  meetingId: string,
  input: { nextDate?: string },
  expectedRevision?: number,
): Promise<Result<CompletedMeeting, OneOnOneErrorCode>> {
  return guarded(deps, ctx, 'one-on-ones.complete-meeting', async (guard) => {
    const opened = await openPairDocument(deps, guard, reportId, 'meeting', meetingId);
    if (!opened.ok) return opened;
    const { pair, stored } = opened.value;
    if (stored.value.status === 'done') return fail('PERF.MEETING_DONE', 'This meeting is completed already');
    if (expectedRevision !== undefined && expectedRevision !== stored.value.revision) {
      return fail('PERF.REVISION_MISMATCH', 'The meeting changed since you loaded it; reload and try again', { revision: stored.value.revision });
    }
    if (input.nextDate !== undefined && (!isCalendarDate(input.nextDate) || input.nextDate < stored.value.date)) {
      return fail('PERF.VALIDATION', 'Some fields need attention', { fields: { nextDate: `A date on or after ${stored.value.date}, like 2026-11-30` } });
    }
    const [meetings, points] = await Promise.all([
      deps.oneOnOnes.listMeetings(pair),
      deps.oneOnOnes.listTalkingPoints(pair, { meetingId, carriedOverPointIds: [] }),
    ]);
    const open = openPointIds(agendaOf(stored.value, meetings, await readableOf(guard, pair, points)));
    const now = deps.clock.now();
    const next = await ensureNextMeeting(deps, pair, stored.value, meetings, input.nextDate, ctx.actor.id, now);
    if (!next.ok) return next;
    const completed = await updateWithRetry(deps, 'meeting', stored, (meeting) => completeMeeting(meeting, open, ctx.actor.id, now.toISOString(), expectedRevision));
    return completed.ok ? ok({ meeting: completed.value, next: next.value }) : completed;
  });
}
