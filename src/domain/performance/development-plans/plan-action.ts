import { ok, type Result } from '../../shared/result.js';
import type { PerformanceErrorCode } from '../performance-error-codes.js';
import { isCalendarDate } from '../one-on-ones/calendar-date.js';
import { fieldErrors } from './field-errors.js';

export const MAX_PLAN_ACTION_LENGTH = 500;

/** A concrete step on the plan: a course, a stretch assignment, a talk to give. */
export interface PlanAction {
  readonly id: string;
  readonly text: string;
  /** Calendar date, YYYY-MM-DD. */
  readonly dueDate: string | null;
  readonly done: boolean;
  readonly doneAt: string | null;
  readonly createdAt: string;
  readonly updatedAt: string;
  readonly revision: number;
}

export interface PlanActionFields {
  readonly text: string;
  readonly dueDate: string | null;
  readonly done: boolean;
}

function checkAction(fields: PlanActionFields): Result<PlanActionFields, PerformanceErrorCode> {
  const errors: Record<string, string> = {};
  const text = fields.text.trim();
  if (text.length === 0) errors.text = 'Say what the action is';
  else if (text.length > MAX_PLAN_ACTION_LENGTH) errors.text = `At most ${MAX_PLAN_ACTION_LENGTH} characters`;
  if (fields.dueDate !== null && !isCalendarDate(fields.dueDate)) errors.dueDate = 'Use a date like 2027-01-31';
  return Object.keys(errors).length > 0 ? fieldErrors(errors) : ok({ text, dueDate: fields.dueDate, done: fields.done });
}

export function makePlanAction(fields: PlanActionFields, meta: { id: string; now: string }): Result<PlanAction, PerformanceErrorCode> {
  const checked = checkAction(fields);
  if (!checked.ok) return checked;
  return ok({ id: meta.id, ...checked.value, doneAt: checked.value.done ? meta.now : null, createdAt: meta.now, updatedAt: meta.now, revision: 1 });
}

export function revisePlanAction(action: PlanAction, changes: Partial<PlanActionFields>, now: string): Result<PlanAction, PerformanceErrorCode> {
  const checked = checkAction({ text: changes.text ?? action.text, dueDate: changes.dueDate === undefined ? action.dueDate : changes.dueDate, done: changes.done ?? action.done });
  if (!checked.ok) return checked;
  const doneAt = checked.value.done ? (action.done ? action.doneAt : now) : null;
  return ok({ ...action, ...checked.value, doneAt, updatedAt: now, revision: action.revision + 1 });
}
