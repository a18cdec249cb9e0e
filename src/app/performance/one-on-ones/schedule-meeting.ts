import { scheduleMeeting, type Meeting } from '../../../domain/performance/one-on-ones/meeting.js';
import type { OneOnOneErrorCode } from '../../../domain/performance/one-on-ones/one-on-one-error-codes.js';
import { ok, type Result } from '../../../domain/shared/result.js';
import type { RequestContext } from '../../request-context.js';
import { guarded } from '../access-guard.js';
import type { PerformanceDeps } from '../performance-deps.js';
import { openPair } from './one-on-one-access.js';

/** Either side schedules a meeting of their 1:1. */
export function scheduleOneOnOneMeeting(deps: PerformanceDeps, ctx: RequestContext, reportId: string, input: { date: string }): Promise<Result<Meeting, OneOnOneErrorCode>> {
  return guarded(deps, ctx, 'one-on-ones.schedule-meeting', async (guard) => {
    const opened = await openPair(guard, reportId, 'write');
    if (!opened.ok) return opened;
    const pair = opened.value;
    const meeting = scheduleMeeting(pair, { id: `${pair.pairId}.m${deps.ids.unique()}`, date: input.date, by: ctx.actor.id, now: deps.clock.now().toISOString() });
    if (!meeting.ok) return meeting;
    const created = await deps.oneOnOnes.create('meeting', meeting.value);
    if (!created.ok) throw new Error(`meeting ${meeting.value.id} not created: ${created.message}`);
    return ok(created.value.value);
  });
}
