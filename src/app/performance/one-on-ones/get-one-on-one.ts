import type { OneOnOneErrorCode } from '../../../domain/performance/one-on-ones/one-on-one-error-codes.js';
import type { Result } from '../../../domain/shared/result.js';
import type { RequestContext } from '../../request-context.js';
import { guarded } from '../access-guard.js';
import type { PerformanceDeps } from '../performance-deps.js';
import { loadOneOnOneView } from './load-one-on-one-view.js';
import type { OneOnOneView } from './one-on-one-view.js';

/** The 1:1 of a report and their current manager, for either of the two; 404 for anyone else. */
export function getOneOnOne(deps: PerformanceDeps, ctx: RequestContext, reportId: string, meetingId?: string): Promise<Result<OneOnOneView, OneOnOneErrorCode>> {
  return guarded(deps, ctx, 'one-on-ones.get', (guard) => loadOneOnOneView(deps, guard, reportId, meetingId));
}
