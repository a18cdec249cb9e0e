import { editSharedNotes, type Meeting } from '../../../domain/performance/one-on-ones/meeting.js';
import type { OneOnOneErrorCode } from '../../../domain/performance/one-on-ones/one-on-one-error-codes.js';
import type { Result } from '../../../domain/shared/result.js';
import type { RequestContext } from '../../request-context.js';
import { guarded } from '../access-guard.js';
import type { PerformanceDeps } from '../performance-deps.js';
import { openPairDocument } from './one-on-one-access.js';
import { updateWithRetry } from './update-with-retry.js';

/**
 * Saves a meeting's shared notes. With `expectedRevision` (the notes revision the caller edited,
 * If-Match) a save over the other side's newer text fails with PERF.REVISION_MISMATCH instead of
 * silently replacing it.
 */
export function editOneOnOneSharedNotes(deps: PerformanceDeps, ctx: RequestContext, reportId: string, meetingId: string, input: { text: string }, expectedRevision?: number): Promise<Result<Meeting, OneOnOneErrorCode>> {
  return guarded(deps, ctx, 'one-on-ones.edit-shared-notes', async (guard) => {
    const opened = await openPairDocument(deps, guard, reportId, 'meeting', meetingId);
    if (!opened.ok) return opened;
    const now = deps.clock.now().toISOString();
    return updateWithRetry(deps, 'meeting', opened.value.stored, (meeting) => editSharedNotes(meeting, input.text, ctx.actor.id, now, expectedRevision));
  });
}
