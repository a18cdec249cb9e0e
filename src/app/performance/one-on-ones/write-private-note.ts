import type { OneOnOneErrorCode } from '../../../domain/performance/one-on-ones/one-on-one-error-codes.js';
import { pairPolicyFacts } from '../../../domain/performance/one-on-ones/one-on-one-pair.js';
import { privateNoteId, writePrivateNote, type PrivateNote } from '../../../domain/performance/one-on-ones/private-note.js';
import { fail, ok, type Result } from '../../../domain/shared/result.js';
import type { RequestContext } from '../../request-context.js';
import { guarded } from '../access-guard.js';
import type { PerformanceDeps } from '../performance-deps.js';
import { openPairDocument } from './one-on-one-access.js';
import { MAX_WRITE_ATTEMPTS, retryPause } from './update-with-retry.js';

/**
 * Saves the caller's own private note on a meeting. The note's id names its author, taken from the
 * verified caller: nobody can write (or read) another person's note. `expectedRevision` is the
 * revision the caller loaded (0 before the first save), checked when sent.
 */
export function writeOneOnOnePrivateNote(deps: PerformanceDeps, ctx: RequestContext, reportId: string, meetingId: string, input: { text: string }, expectedRevision?: number): Promise<Result<PrivateNote, OneOnOneErrorCode>> {
  return guarded(deps, ctx, 'one-on-ones.write-private-note', async (guard) => {
    const opened = await openPairDocument(deps, guard, reportId, 'meeting', meetingId, 'read');
    if (!opened.ok) return opened;
    const { pair } = opened.value;
    const authorId = ctx.actor.id;
    const id = privateNoteId(meetingId, authorId);
    const allowed = await guard.require('write', 'one-on-one-private-note', pairPolicyFacts({ ...pair, id }, authorId));
    if (!allowed.ok) return allowed;
    for (let attempt = 0; attempt < MAX_WRITE_ATTEMPTS; attempt++) {
      const existing = await deps.oneOnOnes.get('private-note', pair.tenantId, pair.reportId, id);
      const note = writePrivateNote(pair, existing?.value ?? null, { meetingId, authorId, text: input.text, now: deps.clock.now().toISOString() }, expectedRevision);
      if (!note.ok) return note;
      const written = existing ? await deps.oneOnOnes.replace('private-note', note.value, existing.etag) : await deps.oneOnOnes.create('private-note', note.value);
      if (written.ok) return ok(written.value.value);
      // Saved from two windows at once: read the other save and apply this one on top (or report the stale revision).
      await retryPause(attempt);
    }
    return fail('PERF.WRITE_CONTENTION', 'Too many saves at once; try again');
  });
}
