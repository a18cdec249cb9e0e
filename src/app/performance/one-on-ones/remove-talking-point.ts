import { liveMeetingOf } from '../../../domain/performance/one-on-ones/agenda.js';
import type { OneOnOneErrorCode } from '../../../domain/performance/one-on-ones/one-on-one-error-codes.js';
import { fail, ok, type Result } from '../../../domain/shared/result.js';
import type { RequestContext } from '../../request-context.js';
import { guarded, notFound } from '../access-guard.js';
import type { PerformanceDeps } from '../performance-deps.js';
import { openPairDocument } from './one-on-one-access.js';

/** The author takes back a talking point that is still on an upcoming meeting's agenda. */
export function removeTalkingPoint(deps: PerformanceDeps, ctx: RequestContext, reportId: string, pointId: string, expectedRevision?: number): Promise<Result<void, OneOnOneErrorCode>> {
  return guarded(deps, ctx, 'one-on-ones.remove-talking-point', async (guard) => {
    const opened = await openPairDocument(deps, guard, reportId, 'talking-point', pointId);
    if (!opened.ok) return opened;
    const { pair, stored } = opened.value;
    if (stored.value.authorId !== ctx.actor.id) return fail('PERF.FORBIDDEN', 'Only the person who added a talking point can remove it');
    if (expectedRevision !== undefined && expectedRevision !== stored.value.revision) {
      return fail('PERF.REVISION_MISMATCH', 'The talking point changed since you loaded it; reload and try again', { revision: stored.value.revision });
    }
    if (liveMeetingOf(stored.value, await deps.oneOnOnes.listMeetings(pair)) === null) {
      return fail('PERF.MEETING_DONE', 'That talking point belongs to a meeting that took place; it is a record now');
    }
    const deleted = await deps.oneOnOnes.delete('talking-point', pair.tenantId, pair.reportId, pointId, stored.etag);
    if (deleted.ok) return ok(undefined);
    if (deleted.code === 'STORE.NOT_FOUND') return notFound('That talking point');
    return fail('PERF.REVISION_MISMATCH', 'The talking point changed since you loaded it; reload and try again');
  });
}
