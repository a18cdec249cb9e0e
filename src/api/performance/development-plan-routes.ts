import { z } from 'zod';
import { addGrowthGoal } from '../../app/performance/development-plans/add-growth-goal.js';
import { addPlanAction } from '../../app/performance/development-plans/add-plan-action.js';
import { addProgressNote } from '../../app/performance/development-plans/add-progress-note.js';
import { addSkill } from '../../app/performance/development-plans/add-skill.js';
import { getDevelopmentPlan } from '../../app/performance/development-plans/get-development-plan.js';
import { removePlanItem } from '../../app/performance/development-plans/remove-plan-item.js';
import { updateGrowthGoal } from '../../app/performance/development-plans/update-growth-goal.js';
import { updatePlanAction } from '../../app/performance/development-plans/update-plan-action.js';
import { updateSkill } from '../../app/performance/development-plans/update-skill.js';
import type { PerformanceDeps } from '../../app/performance/performance-deps.js';
import type { PlanList } from '../../domain/performance/development-plans/development-plan.js';
import { GOAL_STATUSES, MAX_GOAL_DESCRIPTION_LENGTH, MAX_GOAL_TITLE_LENGTH } from '../../domain/performance/development-plans/growth-goal.js';
import { MAX_PLAN_ACTION_LENGTH } from '../../domain/performance/development-plans/plan-action.js';
import { MAX_PROGRESS_NOTE_LENGTH } from '../../domain/performance/development-plans/progress-note.js';
import { MAX_SKILL_NAME_LENGTH } from '../../domain/performance/development-plans/skill.js';
import { noContent, respond, type Route } from '../http/api-types.js';
import { validate } from '../http/validate.js';

/** Request shapes: strict, so an unknown field is refused rather than ignored. Calendar and level rules are the domain's (PERF.VALIDATION). */
const id = z.string().min(1).max(128).regex(/^[A-Za-z0-9._-]+$/, 'not a valid id');
const date = z.string().max(10);
/** Room for surrounding whitespace the domain trims; the domain enforces the real limit. */
const text = (max: number) => z.string().max(max + 100);
const level = z.number().int().min(1).max(5);
const atLeastOne = <T extends object>(value: T): boolean => Object.keys(value).length > 0;

const goalFields = { title: text(MAX_GOAL_TITLE_LENGTH), description: z.string().max(MAX_GOAL_DESCRIPTION_LENGTH), targetDate: date, status: z.enum(GOAL_STATUSES) };
const newGoalBody = z.strictObject({ ...goalFields, description: goalFields.description.default(''), status: goalFields.status.default('not-started') });
const goalChangesBody = z.strictObject(goalFields).partial().refine(atLeastOne, 'Name at least one field to change');
const skillFields = { name: text(MAX_SKILL_NAME_LENGTH), currentLevel: level, targetLevel: level };
const newSkillBody = z.strictObject(skillFields);
const skillChangesBody = z.strictObject(skillFields).partial().refine(atLeastOne, 'Name at least one field to change');
const actionFields = { text: text(MAX_PLAN_ACTION_LENGTH), dueDate: date.nullable(), done: z.boolean() };
const newActionBody = z.strictObject({ ...actionFields, dueDate: actionFields.dueDate.default(null), done: actionFields.done.default(false) });
const actionChangesBody = z.strictObject(actionFields).partial().refine(atLeastOne, 'Name at least one field to change');
const noteBody = z.strictObject({ text: text(MAX_PROGRESS_NOTE_LENGTH), goalId: id.nullable().default(null) });

const revision = (item: { revision: number }): number => item.revision;
const PLAN = '/people/:personId/development-plan';

/** Removing an item of one list: the same shape for goals, skills and actions. */
const removeRoute = (deps: PerformanceDeps, list: PlanList, param: string): Route => ({
  method: 'delete',
  path: `${PLAN}/${list}/:${param}`,
  handler: async ({ ctx, params, ifMatch }) => {
    const removed = await removePlanItem(deps, ctx, params.personId!, list, params[param]!, ifMatch);
    return removed.ok ? noContent() : removed;
  },
});

/** A person's development plan: read by them, their manager chain and HR; written by them and their current manager. */
export function developmentPlanRoutes(deps: PerformanceDeps): Route[] {
  return [
    { method: 'get', path: PLAN, handler: async ({ ctx, params }) => respond(await getDevelopmentPlan(deps, ctx, params.personId!)) },
    {
      method: 'post',
      path: `${PLAN}/goals`,
      handler: async ({ ctx, params, body }) => {
        const input = validate(newGoalBody, body);
        return input.ok ? respond(await addGrowthGoal(deps, ctx, params.personId!, input.value), 201, revision) : input;
      },
    },
    {
      method: 'patch',
      path: `${PLAN}/goals/:goalId`,
      handler: async ({ ctx, params, body, ifMatch }) => {
        const input = validate(goalChangesBody, body);
        return input.ok ? respond(await updateGrowthGoal(deps, ctx, params.personId!, params.goalId!, input.value, ifMatch), 200, revision) : input;
      },
    },
    removeRoute(deps, 'goals', 'goalId'),
    {
      method: 'post',
      path: `${PLAN}/skills`,
      handler: async ({ ctx, params, body }) => {
        const input = validate(newSkillBody, body);
        return input.ok ? respond(await addSkill(deps, ctx, params.personId!, input.value), 201, revision) : input;
      },
    },
    {
      method: 'patch',
      path: `${PLAN}/skills/:skillId`,
      handler: async ({ ctx, params, body, ifMatch }) => {
        const input = validate(skillChangesBody, body);
        return input.ok ? respond(await updateSkill(deps, ctx, params.personId!, params.skillId!, input.value, ifMatch), 200, revision) : input;
      },
    },
    removeRoute(deps, 'skills', 'skillId'),
    {
      method: 'post',
      path: `${PLAN}/actions`,
      handler: async ({ ctx, params, body }) => {
        const input = validate(newActionBody, body);
        return input.ok ? respond(await addPlanAction(deps, ctx, params.personId!, input.value), 201, revision) : input;
      },
    },
    {
      method: 'patch',
      path: `${PLAN}/actions/:actionId`,
      handler: async ({ ctx, params, body, ifMatch }) => {
        const input = validate(actionChangesBody, body);
        return input.ok ? respond(await updatePlanAction(deps, ctx, params.personId!, params.actionId!, input.value, ifMatch), 200, revision) : input;
      },
    },
    removeRoute(deps, 'actions', 'actionId'),
    {
      method: 'post',
      path: `${PLAN}/notes`,
      handler: async ({ ctx, params, body }) => {
        const input = validate(noteBody, body);
        return input.ok ? respond(await addProgressNote(deps, ctx, params.personId!, input.value), 201) : input;
      },
    },
  ];
}
