import type { OneOnOneErrorCode } from '../../../domain/performance/one-on-ones/one-on-one-error-codes.js';
import { fail, ok, type Result } from '../../../domain/shared/result.js';
import type { RequestContext } from '../../request-context.js';
import { guarded, notFound } from '../access-guard.js';
import type { PerformanceDeps } from '../performance-deps.js';
import { openPairDocument } from './one-on-one-access.js';

/** Whoever recorded an action item may take it back. */
export function removeActionItem(deps: PerformanceDeps, ctx: RequestContext, reportId: string, itemId: string, expectedRevision?: number): Promise<Result<void, OneOnOneErrorCode>> {
  return guarded(deps, ctx, 'one-on-ones.remove-action-item', async (guard) => {
    const opened = await openPairDocument(deps, guard, reportId, 'action-item', itemId);
    if (!opened.ok) return opened;
    const { pair, stored } = opened.value;
    if (stored.value.createdBy !== ctx.actor.id) return fail('PERF.FORBIDDEN', 'Only the person who recorded an action item can remove it');
    if (expectedRevision !== undefined && expectedRevision !== stored.value.revision) {
      return fail('PERF.REVISION_MISMATCH', 'The action item changed since you loaded it; reload and try again', { revision: stored.value.revision });
    }
    const deleted = await deps.oneOnOnes.delete('action-item', pair.tenantId, pair.reportId, itemId, stored.etag);
    if (deleted.ok) return ok(undefined);
    if (deleted.code === 'STORE.NOT_FOUND') return notFound('That action item');
    return fail('PERF.REVISION_MISMATCH', 'The action item changed since you loaded it; reload and try again');
  });
}
