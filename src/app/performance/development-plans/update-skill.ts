import { changeInPlan } from '../../../domain/performance/development-plans/development-plan.js';
import { reviseSkill, type Skill, type SkillFields } from '../../../domain/performance/development-plans/skill.js';
import type { PerformanceErrorCode } from '../../../domain/performance/performance-error-codes.js';
import { ok, type Result } from '../../../domain/shared/result.js';
import type { RequestContext } from '../../request-context.js';
import { guarded } from '../access-guard.js';
import type { PerformanceDeps } from '../performance-deps.js';
import { changePlan } from './change-plan.js';

/** `expectedRevision`: the skill's revision the caller saw (If-Match). */
export function updateSkill(deps: PerformanceDeps, ctx: RequestContext, subjectId: string, skillId: string, changes: Partial<SkillFields>, expectedRevision?: number): Promise<Result<Skill, PerformanceErrorCode>> {
  return guarded(deps, ctx, 'development-plans.update-skill', (guard) =>
    changePlan(deps, guard, subjectId, (plan, now) => {
      const changed = changeInPlan(plan, 'skills', skillId, (skill) => reviseSkill(skill, changes, plan.skills, now), { by: ctx.actor.id, now }, expectedRevision);
      return changed.ok ? ok({ plan: changed.value.plan, result: changed.value.item }) : changed;
    }),
  );
}
