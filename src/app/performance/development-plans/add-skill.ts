import { addToPlan } from '../../../domain/performance/development-plans/development-plan.js';
import { makeSkill, type Skill, type SkillFields } from '../../../domain/performance/development-plans/skill.js';
import type { PerformanceErrorCode } from '../../../domain/performance/performance-error-codes.js';
import { ok, type Result } from '../../../domain/shared/result.js';
import type { RequestContext } from '../../request-context.js';
import { guarded } from '../access-guard.js';
import type { PerformanceDeps } from '../performance-deps.js';
import { changePlan } from './change-plan.js';

export function addSkill(deps: PerformanceDeps, ctx: RequestContext, subjectId: string, fields: SkillFields): Promise<Result<Skill, PerformanceErrorCode>> {
  return guarded(deps, ctx, 'development-plans.add-skill', (guard) => {
    const id = `s${deps.ids.unique()}`;
    return changePlan(deps, guard, subjectId, (plan, now) => {
      const skill = makeSkill(fields, plan.skills, { id, now });
      if (!skill.ok) return skill;
      const next = addToPlan(plan, 'skills', skill.value, ctx.actor.id, now);
      return next.ok ? ok({ plan: next.value, result: skill.value }) : next;
    });
  });
}
