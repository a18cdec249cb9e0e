import { ok, type Result } from '../../shared/result.js';
import type { PerformanceErrorCode } from '../performance-error-codes.js';
import { isCalendarDate } from '../one-on-ones/calendar-date.js';
import { fieldErrors } from './field-errors.js';

export const GOAL_STATUSES = ['not-started', 'in-progress', 'done'] as const;
export type GoalStatus = (typeof GOAL_STATUSES)[number];

export const MAX_GOAL_TITLE_LENGTH = 200;
export const MAX_GOAL_DESCRIPTION_LENGTH = 4000;

/** A realistic, role-based growth goal: it is expected to be met in full, unlike an OKR. */
export interface GrowthGoal {
  readonly id: string;
  readonly title: string;
  readonly description: string;
  /** Calendar date, YYYY-MM-DD. */
  readonly targetDate: string;
  readonly status: GoalStatus;
  readonly createdBy: string;
  readonly createdAt: string;
  readonly updatedAt: string;
  readonly revision: number;
}

export interface GrowthGoalFields {
  readonly title: string;
  readonly description: string;
  readonly targetDate: string;
  readonly status: GoalStatus;
}

function checkGoal(fields: GrowthGoalFields): Result<GrowthGoalFields, PerformanceErrorCode> {
  const errors: Record<string, string> = {};
  const title = fields.title.trim();
  if (title.length === 0) errors.title = 'Give the goal a title';
  else if (title.length > MAX_GOAL_TITLE_LENGTH) errors.title = `At most ${MAX_GOAL_TITLE_LENGTH} characters`;
  if (fields.description.length > MAX_GOAL_DESCRIPTION_LENGTH) errors.description = `At most ${MAX_GOAL_DESCRIPTION_LENGTH} characters`;
  if (!isCalendarDate(fields.targetDate)) errors.targetDate = 'Use a date like 2027-03-31';
  if (!(GOAL_STATUSES as readonly string[]).includes(fields.status)) errors.status = `One of ${GOAL_STATUSES.join(', ')}`;
  return Object.keys(errors).length > 0 ? fieldErrors(errors) : ok({ title, description: fields.description, targetDate: fields.targetDate, status: fields.status });
}

export function makeGrowthGoal(fields: GrowthGoalFields, meta: { id: string; by: string; now: string }): Result<GrowthGoal, PerformanceErrorCode> {
  const checked = checkGoal(fields);
  if (!checked.ok) return checked;
  return ok({ id: meta.id, ...checked.value, createdBy: meta.by, createdAt: meta.now, updatedAt: meta.now, revision: 1 });
}

export function reviseGrowthGoal(goal: GrowthGoal, changes: Partial<GrowthGoalFields>, now: string): Result<GrowthGoal, PerformanceErrorCode> {
  const checked = checkGoal({ title: changes.title ?? goal.title, description: changes.description ?? goal.description, targetDate: changes.targetDate ?? goal.targetDate, status: changes.status ?? goal.status });
  if (!checked.ok) return checked;
  return ok({ ...goal, ...checked.value, updatedAt: now, revision: goal.revision + 1 });
}
