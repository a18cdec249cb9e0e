import { newActionItem, type ActionItem } from '../../../domain/performance/one-on-ones/action-item.js';
import type { OneOnOneErrorCode } from '../../../domain/performance/one-on-ones/one-on-one-error-codes.js';
import { belongsToPair } from '../../../domain/performance/one-on-ones/one-on-one-pair.js';
import { ok, type Result } from '../../../domain/shared/result.js';
import type { RequestContext } from '../../request-context.js';
import { guarded, notFound } from '../access-guard.js';
import type { PerformanceDeps } from '../performance-deps.js';
import { openPair } from './one-on-one-access.js';

export interface NewActionItemInput {
  readonly text: string;
  /** The report or the manager. */
  readonly ownerId: string;
  readonly dueDate: string | null;
  /** The meeting it came out of, if any. */
  readonly meetingId?: string;
}

/** Either side records an action item for one of the two. */
export function addActionItem(deps: PerformanceDeps, ctx: RequestContext, reportId: string, input: NewActionItemInput): Promise<Result<ActionItem, OneOnOneErrorCode>> {
  return guarded(deps, ctx, 'one-on-ones.add-action-item', async (guard) => {
    const opened = await openPair(guard, reportId, 'write');
    if (!opened.ok) return opened;
    const pair = opened.value;
    if (input.meetingId !== undefined) {
      const meeting = await deps.oneOnOnes.get('meeting', pair.tenantId, pair.reportId, input.meetingId);
      if (!meeting || !belongsToPair(meeting.value, pair)) return notFound('That meeting');
    }
    const item = newActionItem(pair, {
      id: `${pair.pairId}.a${deps.ids.unique()}`,
      meetingId: input.meetingId ?? null,
      text: input.text,
      ownerId: input.ownerId,
      dueDate: input.dueDate,
      by: ctx.actor.id,
      now: deps.clock.now().toISOString(),
    });
    if (!item.ok) return item;
    const created = await deps.oneOnOnes.create('action-item', item.value);
    if (!created.ok) throw new Error(`action item ${item.value.id} not created: ${created.message}`);
    return ok(created.value.value);
  });
}
