import { agendaOf, liveMeetingOf, rankForMove, type MoveDirection } from '../../../domain/performance/one-on-ones/agenda.js';
import type { OneOnOneErrorCode } from '../../../domain/performance/one-on-ones/one-on-one-error-codes.js';
import { rerankTalkingPoint, type TalkingPoint } from '../../../domain/performance/one-on-ones/talking-point.js';
import { fail, type Result } from '../../../domain/shared/result.js';
import type { RequestContext } from '../../request-context.js';
import { guarded, notFound } from '../access-guard.js';
import type { PerformanceDeps } from '../performance-deps.js';
import { openPairDocument, readableOf } from './one-on-one-access.js';
import { updateWithRetry } from './update-with-retry.js';

/** Moves a talking point one place up or down its agenda; only that point is written. */
export function moveTalkingPoint(deps: PerformanceDeps, ctx: RequestContext, reportId: string, pointId: string, direction: MoveDirection): Promise<Result<TalkingPoint, OneOnOneErrorCode>> {
  return guarded(deps, ctx, 'one-on-ones.move-talking-point', async (guard) => {
    const opened = await openPairDocument(deps, guard, reportId, 'talking-point', pointId);
    if (!opened.ok) return opened;
    const { pair, stored } = opened.value;
    const meetings = await deps.oneOnOnes.listMeetings(pair);
    const liveId = liveMeetingOf(stored.value, meetings);
    if (liveId === null) return fail('PERF.MEETING_DONE', 'That talking point belongs to a meeting that took place; it is a record now');
    const meeting = await deps.oneOnOnes.get('meeting', pair.tenantId, pair.reportId, liveId);
    if (!meeting) return notFound('That meeting');
    const points = await readableOf(guard, pair, await deps.oneOnOnes.listTalkingPoints(pair, { meetingId: liveId, carriedOverPointIds: [] }));
    const rank = rankForMove(agendaOf(meeting.value, meetings, points), pointId, direction);
    if (!rank.ok) return rank;
    const now = deps.clock.now().toISOString();
    return updateWithRetry(deps, 'talking-point', stored, (point) => ({ ok: true, value: rerankTalkingPoint(point, rank.value, now) }));
  });
}
