import { ok, type Result } from '../../shared/result.js';
import type { PerformanceErrorCode } from '../performance-error-codes.js';
import type { DevelopmentPlan } from './development-plan.js';
import { fieldErrors } from './field-errors.js';

export const MAX_PROGRESS_NOTE_LENGTH = 4000;

/** A dated note on how the plan (or one of its goals) is going. Append-only: written once, never changed. */
export interface ProgressNote {
  readonly tenantId: string;
  readonly subjectId: string;
  readonly id: string;
  /** The growth goal it is about; null for the plan as a whole. */
  readonly goalId: string | null;
  readonly authorId: string;
  readonly at: string;
  readonly text: string;
}

export function newProgressNote(plan: DevelopmentPlan, input: { id: string; goalId: string | null; authorId: string; text: string; now: string }): Result<ProgressNote, PerformanceErrorCode> {
  const errors: Record<string, string> = {};
  const text = input.text.trim();
  if (text.length === 0) errors.text = 'Write the note';
  else if (text.length > MAX_PROGRESS_NOTE_LENGTH) errors.text = `At most ${MAX_PROGRESS_NOTE_LENGTH} characters`;
  if (input.goalId !== null && !plan.goals.some((g) => g.id === input.goalId)) errors.goalId = 'That growth goal is not on the plan';
  if (Object.keys(errors).length > 0) return fieldErrors(errors);
  return ok({ tenantId: plan.tenantId, subjectId: plan.subjectId, id: input.id, goalId: input.goalId, authorId: input.authorId, at: input.now, text });
}
