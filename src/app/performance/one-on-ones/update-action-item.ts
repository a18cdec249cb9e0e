import { updateActionItem as applyChanges, type ActionItem, type ActionItemChanges } from '../../../domain/performance/one-on-ones/action-item.js';
import type { OneOnOneErrorCode } from '../../../domain/performance/one-on-ones/one-on-one-error-codes.js';
import type { Result } from '../../../domain/shared/result.js';
import type { RequestContext } from '../../request-context.js';
import { guarded } from '../access-guard.js';
import type { PerformanceDeps } from '../performance-deps.js';
import { openPairDocument } from './one-on-one-access.js';
import { updateWithRetry } from './update-with-retry.js';

/** Either side edits or closes an action item of their 1:1. */
export function updateActionItem(deps: PerformanceDeps, ctx: RequestContext, reportId: string, itemId: string, changes: ActionItemChanges, expectedRevision?: number): Promise<Result<ActionItem, OneOnOneErrorCode>> {
  return guarded(deps, ctx, 'one-on-ones.update-action-item', async (guard) => {
    const opened = await openPairDocument(deps, guard, reportId, 'action-item', itemId);
    if (!opened.ok) return opened;
    const now = deps.clock.now().toISOString();
    return updateWithRetry(deps, 'action-item', opened.value.stored, (item) => applyChanges(item, changes, ctx.actor.id, now, expectedRevision));
  });
}
