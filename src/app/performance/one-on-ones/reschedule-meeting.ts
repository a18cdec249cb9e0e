import { rescheduleMeeting, type Meeting } from '../../../domain/performance/one-on-ones/meeting.js';
import type { OneOnOneErrorCode } from '../../../domain/performance/one-on-ones/one-on-one-error-codes.js';
import type { Result } from '../../../domain/shared/result.js';
import type { RequestContext } from '../../request-context.js';
import { guarded } from '../access-guard.js';
import type { PerformanceDeps } from '../performance-deps.js';
import { openPairDocument } from './one-on-one-access.js';
import { updateWithRetry } from './update-with-retry.js';

/** Moves an upcoming meeting to another date. `expectedRevision`: the meeting revision the caller saw (If-Match). */
export function rescheduleOneOnOneMeeting(deps: PerformanceDeps, ctx: RequestContext, reportId: string, meetingId: string, input: { date: string }, expectedRevision?: number): Promise<Result<Meeting, OneOnOneErrorCode>> {
  return guarded(deps, ctx, 'one-on-ones.reschedule-meeting', async (guard) => {
    const opened = await openPairDocument(deps, guard, reportId, 'meeting', meetingId);
    if (!opened.ok) return opened;
    const now = deps.clock.now().toISOString();
    return updateWithRetry(deps, 'meeting', opened.value.stored, (meeting) => rescheduleMeeting(meeting, input.date, now, expectedRevision));
  });
}
