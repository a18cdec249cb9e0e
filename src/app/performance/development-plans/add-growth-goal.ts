import { addToPlan } from '../../../domain/performance/development-plans/development-plan.js';
import { makeGrowthGoal, type GrowthGoal, type GrowthGoalFields } from '../../../domain/performance/development-plans/growth-goal.js';
import type { PerformanceErrorCode } from '../../../domain/performance/performance-error-codes.js';
import { ok, type Result } from '../../../domain/shared/result.js';
import type { RequestContext } from '../../request-context.js';
import { guarded } from '../access-guard.js';
import type { PerformanceDeps } from '../performance-deps.js';
import { changePlan } from './change-plan.js';

export function addGrowthGoal(deps: PerformanceDeps, ctx: RequestContext, subjectId: string, fields: GrowthGoalFields): Promise<Result<GrowthGoal, PerformanceErrorCode>> {
  return guarded(deps, ctx, 'development-plans.add-goal', (guard) => {
    const id = `g${deps.ids.unique()}`;
    return changePlan(deps, guard, subjectId, (plan, now) => {
      const goal = makeGrowthGoal(fields, { id, by: ctx.actor.id, now });
      if (!goal.ok) return goal;
      const next = addToPlan(plan, 'goals', goal.value, ctx.actor.id, now);
      return next.ok ? ok({ plan: next.value, result: goal.value }) : next;
    });
  });
}
