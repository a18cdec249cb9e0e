import { confidenceBand, type ConfidenceBand } from '../../domain/okr/confidence.js';
import type { OkrErrorCode } from '../../domain/okr/okr-error-codes.js';
import { fail, ok, type Result } from '../../domain/shared/result.js';
import type { ObjectiveFilter, Page, PageRequest } from '../ports/goals-repository.js';
import type { RequestContext } from '../request-context.js';
import { getCycle } from './get-cycle.js';
import { toObjectiveView, type ObjectiveView } from './objective-view.js';
import type { OkrDeps } from './okr-deps.js';

export interface ListObjectivesQuery extends ObjectiveFilter {
  readonly cycleId: string;
  /** Derived from key result check-ins, so applied to each page after the query. */
  readonly confidence?: readonly ConfidenceBand[];
}

/**
 * A page of a cycle's objectives with their key results: the data of a board. Two round trips, in
 * parallel: the cycle (a point read) and one single-partition query. A confidence filter may leave a page
 * shorter than the limit; clients follow the continuation token until it is absent.
 */
export async function listObjectives(
  deps: OkrDeps,
  ctx: RequestContext,
  query: ListObjectivesQuery,
  page: PageRequest,
): Promise<Result<Page<ObjectiveView>, OkrErrorCode | 'STORE.BAD_CONTINUATION'>> {
  const { cycleId, confidence, ...filter } = query;
  // Both go out together: the cycle only decides 404 and the expected progress.
  const [cycle, found] = await Promise.all([getCycle(deps, ctx, cycleId), deps.goals.queryObjectives(ctx.actor.tenantId, cycleId, filter, page)]);
  if (!cycle.ok) return cycle;
  if (!found.ok) return fail(found.code, found.message);
  const now = deps.clock.now();
  const views = found.value.items.map((o) => toObjectiveView(o, cycle.value.value, now));
  const wanted = confidence && confidence.length > 0 ? new Set(confidence) : null;
  const items = wanted ? views.filter((v) => v.confidence !== null && wanted.has(confidenceBand(v.confidence))) : views;
  return ok(found.value.continuationToken ? { items, continuationToken: found.value.continuationToken } : { items });
}
