import type { DevelopmentPlan } from '../../../domain/performance/development-plans/development-plan.js';
import type { ProgressNote } from '../../../domain/performance/development-plans/progress-note.js';
import type { Result } from '../../../domain/shared/result.js';
import type { StoreWriteError, Versioned } from '../../ports/goals-repository.js';

/** Development plans, one per person, and their append-only progress notes, on the restricted `conversations` container. */
export interface DevelopmentPlanRepository {
  getPlan(tenantId: string, subjectId: string): Promise<Versioned<DevelopmentPlan> | null>;
  /** STORE.DUPLICATE when someone created the plan first. */
  createPlan(plan: DevelopmentPlan): Promise<Result<Versioned<DevelopmentPlan>, StoreWriteError>>;
  replacePlan(plan: DevelopmentPlan, etag: string): Promise<Result<Versioned<DevelopmentPlan>, StoreWriteError>>;
  addNote(note: ProgressNote): Promise<Result<ProgressNote, StoreWriteError>>;
  /** Newest first, at most `limit`. */
  listNotes(tenantId: string, subjectId: string, limit: number): Promise<ProgressNote[]>;

  // Personal data (src/app/performance/personal-data): a data-subject export and erasure.
  /** Every progress note on a person's plan, newest first; only those written by `authorId` when given. */
  listAllNotes(tenantId: string, subjectId: string, filter?: { readonly authorId?: string }): Promise<ProgressNote[]>;
  /** Erasure: deletes the plan; one that is gone already is a success. */
  deletePlan(tenantId: string, subjectId: string): Promise<void>;
  /** Erasure: deletes one progress note; one that is gone already is a success. */
  deleteNote(tenantId: string, subjectId: string, noteId: string): Promise<void>;
}
