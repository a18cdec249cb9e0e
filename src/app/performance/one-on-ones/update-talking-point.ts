import { currentMeetingOf, liveMeetingOf } from '../../../domain/performance/one-on-ones/agenda.js';
import type { OneOnOneErrorCode } from '../../../domain/performance/one-on-ones/one-on-one-error-codes.js';
import { checkTalkingPoint, rewordTalkingPoint, type TalkingPoint } from '../../../domain/performance/one-on-ones/talking-point.js';
import { fail, type Result } from '../../../domain/shared/result.js';
import type { RequestContext } from '../../request-context.js';
import { guarded } from '../access-guard.js';
import type { PerformanceDeps } from '../performance-deps.js';
import { openPairDocument } from './one-on-one-access.js';
import { updateWithRetry } from './update-with-retry.js';

export interface TalkingPointChanges {
  /** New wording: the author only. */
  readonly text?: string;
  /** Check off or reopen: either side. */
  readonly done?: boolean;
}

const recorded = (): Result<never, OneOnOneErrorCode> => fail('PERF.MEETING_DONE', 'That talking point belongs to a meeting that took place; it is a record now');

/** Rewords (author) or checks off (either side) a talking point on an upcoming meeting's agenda. */
export function updateTalkingPoint(deps: PerformanceDeps, ctx: RequestContext, reportId: string, pointId: string, changes: TalkingPointChanges, expectedRevision?: number): Promise<Result<TalkingPoint, OneOnOneErrorCode>> {
  return guarded(deps, ctx, 'one-on-ones.update-talking-point', async (guard) => {
    const opened = await openPairDocument(deps, guard, reportId, 'talking-point', pointId);
    if (!opened.ok) return opened;
    const { pair, stored } = opened.value;
    const meetings = await deps.oneOnOnes.listMeetings(pair);
    const now = deps.clock.now().toISOString();
    return updateWithRetry(deps, 'talking-point', stored, (point) => {
      if (liveMeetingOf(point, meetings) === null) return recorded();
      let next: Result<TalkingPoint, OneOnOneErrorCode> = { ok: true, value: point };
      if (changes.text !== undefined) next = rewordTalkingPoint(point, changes.text, ctx.actor.id, now, expectedRevision);
      if (next.ok && changes.done !== undefined) {
        // Checked off in the meeting whose agenda it is on now.
        const inMeeting = currentMeetingOf(point, meetings);
        if (changes.done && inMeeting === null) return recorded();
        next = checkTalkingPoint(next.value, changes.done, inMeeting ?? '', ctx.actor.id, now, changes.text === undefined ? expectedRevision : undefined);
      }
      return next;
    });
  });
}
