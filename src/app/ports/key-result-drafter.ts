import type { DraftedKeyResult, DraftingErrorCode, DraftingSubject, ImproveSubject } from '../../domain/okr/coach/drafting.js';
import type { Result } from '../../domain/shared/result.js';

export type DraftingProvider = 'offline' | 'azure-openai';

/**
 * Drafts key results for the person to edit and confirm. It is handed a DraftingSubject and
 * nothing else: the objective, its parent and the team's name, never people, grades, reviews or
 * feedback. Implementations: offline templates (local mode) and Azure OpenAI (src/store/ai).
 * Failures (timeouts, throttling, refusals, malformed output) are values, never thrown.
 */
export interface KeyResultDrafter {
  readonly provider: DraftingProvider;
  /** Candidate key results for the objective; the use case keeps the usable ones. */
  suggestKeyResults(subject: DraftingSubject): Promise<Result<DraftedKeyResult[], DraftingErrorCode>>;
  /** Rewrites subject.keyResult as a measurable outcome. */
  improveKeyResult(subject: ImproveSubject): Promise<Result<DraftedKeyResult, DraftingErrorCode>>;
}
