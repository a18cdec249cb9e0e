import type { AuditRecord } from '../../domain/performance/audit-record.js';
import type { PerformanceErrorCode } from '../../domain/performance/performance-error-codes.js';
import { ok, type Result } from '../../domain/shared/result.js';
import type { RequestContext } from '../request-context.js';
import { guarded, notFound } from './access-guard.js';
import type { PerformanceDeps } from './performance-deps.js';

/** How far back HR's view of a person's audit trail reaches. */
export const AUDIT_TRAIL_MONTHS = 12;

/** HR: who read or changed anything about this person, newest first. Reading it is audited too. */
export async function getAuditTrail(deps: PerformanceDeps, ctx: RequestContext, subjectId: string): Promise<Result<{ items: AuditRecord[] }, PerformanceErrorCode>> {
  return guarded(deps, ctx, 'audit.get-trail', async (guard) => {
    if (!(await guard.subject(subjectId))) return notFound('That person');
    const allowed = await guard.require('read', 'audit-trail', { id: `audit.${subjectId}`, tenantId: ctx.actor.tenantId, subjectId });
    if (!allowed.ok) return allowed;
    const records = await deps.audit.listForSubject(ctx.actor.tenantId, subjectId, deps.clock.now(), AUDIT_TRAIL_MONTHS);
    return ok({ items: records });
  });
}
