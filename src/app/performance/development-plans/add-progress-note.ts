import { emptyPlan } from '../../../domain/performance/development-plans/development-plan.js';
import { newProgressNote, type ProgressNote } from '../../../domain/performance/development-plans/progress-note.js';
import type { PerformanceErrorCode } from '../../../domain/performance/performance-error-codes.js';
import { ok, type Result } from '../../../domain/shared/result.js';
import type { RequestContext } from '../../request-context.js';
import { guarded } from '../access-guard.js';
import type { PerformanceDeps } from '../performance-deps.js';
import { openPlan } from './plan-access.js';

/** The person or their manager writes a dated progress note on the plan or one of its goals (append-only). */
export function addProgressNote(deps: PerformanceDeps, ctx: RequestContext, subjectId: string, input: { text: string; goalId: string | null }): Promise<Result<ProgressNote, PerformanceErrorCode>> {
  return guarded(deps, ctx, 'development-plans.add-note', async (guard) => {
    const opened = await openPlan(guard, subjectId, 'write');
    if (!opened.ok) return opened;
    const { tenantId } = ctx.actor;
    const now = deps.clock.now();
    const stored = await deps.developmentPlans.getPlan(tenantId, subjectId);
    // Ids sort by time, newest last, so notes written in the same millisecond still have an order.
    const id = `dpn${now.getTime().toString(36)}${deps.ids.unique()}`;
    const note = newProgressNote(stored?.value ?? emptyPlan(tenantId, subjectId, now.toISOString()), { id, goalId: input.goalId, authorId: ctx.actor.id, text: input.text, now: now.toISOString() });
    if (!note.ok) return note;
    const created = await deps.developmentPlans.addNote(note.value);
    if (!created.ok) throw new Error(`progress note ${id} not created: ${created.message}`);
    return ok(created.value);
  });
}
