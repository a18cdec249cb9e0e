import type { ApiClient } from '../../api/api-client.js';
import type { GoalStatus } from '../../../../src/domain/performance/development-plans/growth-goal.js';

export type { DevelopmentPlanView } from '../../../../src/app/performance/development-plans/development-plan-view.js';
export type { GrowthGoal, GoalStatus } from '../../../../src/domain/performance/development-plans/growth-goal.js';
export type { Skill } from '../../../../src/domain/performance/development-plans/skill.js';
export type { PlanAction } from '../../../../src/domain/performance/development-plans/plan-action.js';
export type { ProgressNote } from '../../../../src/domain/performance/development-plans/progress-note.js';

export interface GoalInput {
  readonly title: string;
  readonly description: string;
  readonly targetDate: string;
  readonly status: GoalStatus;
}
export interface SkillInput {
  readonly name: string;
  readonly currentLevel: number;
  readonly targetLevel: number;
}

const etag = (revision: number): string => `"${revision}"`;

/** The development plan API for one person. Item edits carry the item's revision (If-Match). */
export function developmentPlanApi(api: ApiClient, personId: string) {
  const base = `/people/${encodeURIComponent(personId)}/development-plan`;
  const id = encodeURIComponent;
  return {
    addGoal: (input: GoalInput) => api.post(`${base}/goals`, input),
    updateGoal: (goalId: string, changes: Partial<GoalInput>, revision: number) => api.patch(`${base}/goals/${id(goalId)}`, changes, etag(revision)),
    removeGoal: (goalId: string, revision: number) => api.delete(`${base}/goals/${id(goalId)}`, etag(revision)),
    addSkill: (input: SkillInput) => api.post(`${base}/skills`, input),
    updateSkill: (skillId: string, changes: Partial<SkillInput>, revision: number) => api.patch(`${base}/skills/${id(skillId)}`, changes, etag(revision)),
    removeSkill: (skillId: string, revision: number) => api.delete(`${base}/skills/${id(skillId)}`, etag(revision)),
    addAction: (input: { text: string; dueDate: string | null }) => api.post(`${base}/actions`, input),
    updateAction: (actionId: string, changes: { done?: boolean }, revision: number) => api.patch(`${base}/actions/${id(actionId)}`, changes, etag(revision)),
    removeAction: (actionId: string, revision: number) => api.delete(`${base}/actions/${id(actionId)}`, etag(revision)),
    addNote: (text: string, goalId: string | null) => api.post(`${base}/notes`, { text, goalId }),
  };
}

export type DevelopmentPlanApi = ReturnType<typeof developmentPlanApi>;
