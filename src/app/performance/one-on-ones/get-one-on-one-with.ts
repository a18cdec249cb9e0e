import type { OneOnOneErrorCode } from '../../../domain/performance/one-on-ones/one-on-one-error-codes.js';
import type { Result } from '../../../domain/shared/result.js';
import type { RequestContext } from '../../request-context.js';
import { guarded, notFound } from '../access-guard.js';
import type { PerformanceDeps } from '../performance-deps.js';
import { loadOneOnOneView } from './load-one-on-one-view.js';
import type { OneOnOneView } from './one-on-one-view.js';

/**
 * The caller's 1:1 with another person, whichever side the caller is on: a meeting side panel knows
 * the other participant, not who reports to whom. The person must be the caller's direct report or
 * the caller's manager; otherwise there is no such 1:1 (404).
 */
export function getOneOnOneWith(deps: PerformanceDeps, ctx: RequestContext, personId: string, meetingId?: string): Promise<Result<OneOnOneView, OneOnOneErrorCode>> {
  return guarded(deps, ctx, 'one-on-ones.get-with', async (guard) => {
    const other = await guard.subject(personId);
    const reportId = other?.managerId === ctx.actor.id ? personId : other && ctx.actor.managerId === personId ? ctx.actor.id : null;
    if (reportId === null) {
      guard.recordMiss('read', 'one-on-one', `oo-with.${personId}`, personId);
      return notFound('That 1:1');
    }
    return loadOneOnOneView(deps, guard, reportId, meetingId);
  });
}
