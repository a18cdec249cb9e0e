import { changeInPlan } from '../../../domain/performance/development-plans/development-plan.js';
import { revisePlanAction, type PlanAction, type PlanActionFields } from '../../../domain/performance/development-plans/plan-action.js';
import type { PerformanceErrorCode } from '../../../domain/performance/performance-error-codes.js';
import { ok, type Result } from '../../../domain/shared/result.js';
import type { RequestContext } from '../../request-context.js';
import { guarded } from '../access-guard.js';
import type { PerformanceDeps } from '../performance-deps.js';
import { changePlan } from './change-plan.js';

/** `expectedRevision`: the action's revision the caller saw (If-Match). */
export function updatePlanAction(deps: PerformanceDeps, ctx: RequestContext, subjectId: string, actionId: string, changes: Partial<PlanActionFields>, expectedRevision?: number): Promise<Result<PlanAction, PerformanceErrorCode>> {
  return guarded(deps, ctx, 'development-plans.update-action', (guard) =>
    changePlan(deps, guard, subjectId, (plan, now) => {
      const changed = changeInPlan(plan, 'actions', actionId, (action) => revisePlanAction(action, changes, now), { by: ctx.actor.id, now }, expectedRevision);
      return changed.ok ? ok({ plan: changed.value.plan, result: changed.value.item }) : changed;
    }),
  );
}
