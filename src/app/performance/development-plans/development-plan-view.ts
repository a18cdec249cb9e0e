import type { DevelopmentPlan } from '../../../domain/performance/development-plans/development-plan.js';
import type { ProgressNote } from '../../../domain/performance/development-plans/progress-note.js';
import type { PersonRef } from '../one-on-ones/one-on-one-view.js';

/** A person's development plan as the caller may see it. */
export interface DevelopmentPlanView {
  readonly person: PersonRef;
  /** Revision 0: nobody has written the plan yet. */
  readonly plan: DevelopmentPlan;
  /** Newest first, the latest MAX_NOTES_SHOWN. */
  readonly notes: readonly ProgressNote[];
  /** Whether the caller may change it (the person and their current manager): a hint for the screen; every write asks the policy again. */
  readonly canEdit: boolean;
}

export const MAX_NOTES_SHOWN = 100;
