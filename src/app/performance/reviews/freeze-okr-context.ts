import type { Objective } from '../../../domain/okr/objective.js';
import { buildOkrContext, periodsOverlap, type OkrContext } from '../../../domain/performance/reviews/okr-context.js';
import type { PerformanceDeps } from '../performance-deps.js';

/**
 * Freezes each participant's OKR contributions in the review period, reading the goals store only:
 * one query per overlapping OKR cycle for the whole launch, then a pure per-person snapshot.
 */
export async function freezeOkrContexts(
  deps: Pick<PerformanceDeps, 'goals'>,
  tenantId: string,
  period: { start: string; end: string },
  personIds: readonly string[],
  now: string,
): Promise<Map<string, OkrContext>> {
  const okrCycles = (await deps.goals.listCycles(tenantId)).filter((c) => periodsOverlap(c, period.start, period.end));
  const objectives = await Promise.all(okrCycles.map(async (c) => [c.id, await deps.goals.listAllObjectives(tenantId, c.id, {})] as const));
  const byCycle = new Map<string, readonly Objective[]>(objectives);
  return new Map(personIds.map((id) => [id, buildOkrContext(id, okrCycles, byCycle, now)]));
}
