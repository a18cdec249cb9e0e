import { changeInPlan } from '../../../domain/performance/development-plans/development-plan.js';
import { reviseGrowthGoal, type GrowthGoal, type GrowthGoalFields } from '../../../domain/performance/development-plans/growth-goal.js';
import type { PerformanceErrorCode } from '../../../domain/performance/performance-error-codes.js';
import { ok, type Result } from '../../../domain/shared/result.js';
import type { RequestContext } from '../../request-context.js';
import { guarded } from '../access-guard.js';
import type { PerformanceDeps } from '../performance-deps.js';
import { changePlan } from './change-plan.js';

/** `expectedRevision`: the goal's revision the caller saw (If-Match). */
export function updateGrowthGoal(deps: PerformanceDeps, ctx: RequestContext, subjectId: string, goalId: string, changes: Partial<GrowthGoalFields>, expectedRevision?: number): Promise<Result<GrowthGoal, PerformanceErrorCode>> {
  return guarded(deps, ctx, 'development-plans.update-goal', (guard) =>
    changePlan(deps, guard, subjectId, (plan, now) => {
      const changed = changeInPlan(plan, 'goals', goalId, (goal) => reviseGrowthGoal(goal, changes, now), { by: ctx.actor.id, now }, expectedRevision);
      return changed.ok ? ok({ plan: changed.value.plan, result: changed.value.item }) : changed;
    }),
  );
}
