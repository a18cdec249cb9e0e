import type { KeyResultDrafter } from '../../app/ports/key-result-drafter.js';
import { offlineRewrite, offlineSuggestions } from '../../domain/okr/coach/offline-drafts.js';
import type { DraftedKeyResult, DraftingErrorCode, DraftingSubject, ImproveSubject } from '../../domain/okr/coach/drafting.js';
import { ok, type Result } from '../../domain/shared/result.js';

/**
 * Local mode's drafter: example key results from the template library, no network. The API says
 * provider "offline" with every answer and the tab labels the drafts as examples from templates.
 */
export class OfflineKeyResultDrafter implements KeyResultDrafter {
  readonly provider = 'offline' as const;

  async suggestKeyResults(subject: DraftingSubject): Promise<Result<DraftedKeyResult[], DraftingErrorCode>> {
    return ok(offlineSuggestions(subject));
  }

  async improveKeyResult(subject: ImproveSubject): Promise<Result<DraftedKeyResult, DraftingErrorCode>> {
    return ok(offlineRewrite(subject));
  }
}
