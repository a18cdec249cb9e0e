import { addToPlan } from '../../../domain/performance/development-plans/development-plan.js';
import { makePlanAction, type PlanAction, type PlanActionFields } from '../../../domain/performance/development-plans/plan-action.js';
import type { PerformanceErrorCode } from '../../../domain/performance/performance-error-codes.js';
import { ok, type Result } from '../../../domain/shared/result.js';
import type { RequestContext } from '../../request-context.js';
import { guarded } from '../access-guard.js';
import type { PerformanceDeps } from '../performance-deps.js';
import { changePlan } from './change-plan.js';

export function addPlanAction(deps: PerformanceDeps, ctx: RequestContext, subjectId: string, fields: PlanActionFields): Promise<Result<PlanAction, PerformanceErrorCode>> {
  return guarded(deps, ctx, 'development-plans.add-action', (guard) => {
    const id = `a${deps.ids.unique()}`;
    return changePlan(deps, guard, subjectId, (plan, now) => {
      const action = makePlanAction(fields, { id, now });
      if (!action.ok) return action;
      const next = addToPlan(plan, 'actions', action.value, ctx.actor.id, now);
      return next.ok ? ok({ plan: next.value, result: action.value }) : next;
    });
  });
}
