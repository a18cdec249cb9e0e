import { nextUpcoming } from '../../../domain/performance/one-on-ones/meeting.js';
import type { OneOnOneErrorCode } from '../../../domain/performance/one-on-ones/one-on-one-error-codes.js';
import { newTalkingPoint, type TalkingPoint } from '../../../domain/performance/one-on-ones/talking-point.js';
import { fail, ok, type Result } from '../../../domain/shared/result.js';
import type { RequestContext } from '../../request-context.js';
import { guarded, notFound } from '../access-guard.js';
import type { PerformanceDeps } from '../performance-deps.js';
import { openPair, readableOf } from './one-on-one-access.js';

/**
 * Either side adds a talking point to an upcoming meeting (the next one unless named). Each point
 * is a new document, so both sides adding at the same moment both land.
 */
export function addTalkingPoint(deps: PerformanceDeps, ctx: RequestContext, reportId: string, input: { text: string; meetingId?: string }): Promise<Result<TalkingPoint, OneOnOneErrorCode>> {
  return guarded(deps, ctx, 'one-on-ones.add-talking-point', async (guard) => {
    const opened = await openPair(guard, reportId, 'write');
    if (!opened.ok) return opened;
    const pair = opened.value;
    const meetings = await readableOf(guard, pair, await deps.oneOnOnes.listMeetings(pair));
    const meeting = input.meetingId === undefined ? nextUpcoming(meetings) : meetings.find((m) => m.id === input.meetingId);
    if (!meeting) {
      if (input.meetingId !== undefined) return notFound('That meeting');
      return fail('PERF.NO_UPCOMING_MEETING', 'Schedule the next 1:1 first, then add talking points to it');
    }
    if (meeting.status === 'done') return fail('PERF.MEETING_DONE', 'That meeting took place; add the point to an upcoming one');
    const point = newTalkingPoint(pair, { id: `${pair.pairId}.p${deps.ids.unique()}`, meetingId: meeting.id, authorId: ctx.actor.id, text: input.text, now: deps.clock.now().toISOString() });
    if (!point.ok) return point;
    const created = await deps.oneOnOnes.create('talking-point', point.value);
    if (!created.ok) throw new Error(`talking point ${point.value.id} not created: ${created.message}`);
    return ok(created.value.value);
  });
}
