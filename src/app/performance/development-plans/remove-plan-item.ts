import { removeFromPlan, type PlanList } from '../../../domain/performance/development-plans/development-plan.js';
import type { PerformanceErrorCode } from '../../../domain/performance/performance-error-codes.js';
import { ok, type Result } from '../../../domain/shared/result.js';
import type { RequestContext } from '../../request-context.js';
import { guarded } from '../access-guard.js';
import type { PerformanceDeps } from '../performance-deps.js';
import { changePlan } from './change-plan.js';

/** Removes a growth goal, skill or action from a plan. Progress notes stay: they are the plan's history. */
export function removePlanItem(deps: PerformanceDeps, ctx: RequestContext, subjectId: string, list: PlanList, itemId: string, expectedRevision?: number): Promise<Result<void, PerformanceErrorCode>> {
  return guarded(deps, ctx, `development-plans.remove-${list}`, (guard) =>
    changePlan(deps, guard, subjectId, (plan, now) => {
      const next = removeFromPlan(plan, list, itemId, { by: ctx.actor.id, now }, expectedRevision);
      return next.ok ? ok({ plan: next.value, result: undefined }) : next;
    }),
  );
}
