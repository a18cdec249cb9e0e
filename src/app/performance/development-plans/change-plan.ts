import { emptyPlan, type DevelopmentPlan } from '../../../domain/performance/development-plans/development-plan.js';
import type { PerformanceErrorCode } from '../../../domain/performance/performance-error-codes.js';
import { fail, ok, type Result } from '../../../domain/shared/result.js';
import type { AccessGuard } from '../access-guard.js';
import { MAX_WRITE_ATTEMPTS, retryPause } from '../one-on-ones/update-with-retry.js';
import type { PerformanceDeps } from '../performance-deps.js';
import { openPlan } from './plan-access.js';

/**
 * Applies one change to a person's plan under the policy (write) and the ETag. The first write
 * creates the plan. When the other side wrote in between (the person and their manager editing at
 * once), the change is applied again to what they wrote, so neither loses an item; a change bound
 * to an item revision (If-Match) fails with PERF.REVISION_MISMATCH instead.
 */
export async function changePlan<T>(
  deps: PerformanceDeps,
  guard: AccessGuard,
  subjectId: string,
  change: (plan: DevelopmentPlan, now: string) => Result<{ plan: DevelopmentPlan; result: T }, PerformanceErrorCode>,
): Promise<Result<T, PerformanceErrorCode>> {
  const opened = await openPlan(guard, subjectId, 'write');
  if (!opened.ok) return opened;
  const tenantId = guard.actor.tenantId;
  for (let attempt = 0; attempt < MAX_WRITE_ATTEMPTS; attempt++) {
    const now = deps.clock.now().toISOString();
    const stored = await deps.developmentPlans.getPlan(tenantId, subjectId);
    const changed = change(stored?.value ?? emptyPlan(tenantId, subjectId, now), now);
    if (!changed.ok) return changed;
    const written = stored ? await deps.developmentPlans.replacePlan(changed.value.plan, stored.etag) : await deps.developmentPlans.createPlan(changed.value.plan);
    if (written.ok) return ok(changed.value.result);
    // STORE.CONFLICT or STORE.DUPLICATE: someone else wrote first; read again and re-apply.
    await retryPause(attempt);
  }
  return fail('PERF.WRITE_CONTENTION', 'Too many changes to this plan at once; try again');
}
