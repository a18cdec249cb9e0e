import { decide } from '../../../domain/performance/access-policy.js';
import { emptyPlan } from '../../../domain/performance/development-plans/development-plan.js';
import type { PerformanceErrorCode } from '../../../domain/performance/performance-error-codes.js';
import { ok, type Result } from '../../../domain/shared/result.js';
import type { RequestContext } from '../../request-context.js';
import { guarded, notFound, NO_PHASE } from '../access-guard.js';
import { personRef } from '../one-on-ones/one-on-one-view.js';
import type { PerformanceDeps } from '../performance-deps.js';
import { MAX_NOTES_SHOWN, type DevelopmentPlanView } from './development-plan-view.js';
import { openPlan, planFacts } from './plan-access.js';

/** A person's development plan: for them, their manager chain and HR; 404 for anyone else. */
export function getDevelopmentPlan(deps: PerformanceDeps, ctx: RequestContext, subjectId: string): Promise<Result<DevelopmentPlanView, PerformanceErrorCode>> {
  return guarded(deps, ctx, 'development-plans.get', async (guard) => {
    const opened = await openPlan(guard, subjectId, 'read');
    if (!opened.ok) return opened;
    const { tenantId } = ctx.actor;
    const [person, stored, notes] = await Promise.all([
      deps.directory.getPerson(tenantId, subjectId),
      deps.developmentPlans.getPlan(tenantId, subjectId),
      deps.developmentPlans.listNotes(tenantId, subjectId, MAX_NOTES_SHOWN),
    ]);
    if (!person) return notFound('That development plan');
    const readable = await Promise.all(notes.map((n) => guard.allows('read', 'development-plan', planFacts(n.tenantId, n.subjectId, n.id))));
    // A hint for the screen only (no write happens here, so nothing to audit): every write asks the policy itself.
    const canEdit = decide(ctx.actor, 'write', 'development-plan', opened.value, planFacts(tenantId, subjectId), NO_PHASE).allow;
    return ok({
      person: personRef(person),
      plan: stored?.value ?? emptyPlan(tenantId, subjectId, deps.clock.now().toISOString()),
      notes: notes.filter((_, i) => readable[i]),
      canEdit,
    });
  });
}
