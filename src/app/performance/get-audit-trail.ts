import type { AuditRecord } from '../../domain/performance/audit-record.js';
import type { PerformanceErrorCode } from '../../domain/performance/performance-error-codes.js';
import { ok, type Result } from '../../domain/shared/result.js';
import type { RequestContext } from '../request-context.js';
import { guarded, notFound } from './access-guard.js';
import type { PerformanceDeps } from './performance-deps.js';

/** How far back HR's view of a person's audit trail reaches. */
export const AUDIT_TRAIL_MONTHS = 12;

/** Shown instead of the actor of a record that would tell who reviewed the person. */
export const REDACTED_REVIEWER = 'peer-reviewer';

/**
 * A record as HR sees it on one person's trail: only the entries about that person, and no name on a
 * record that touched their peer feedback unless the actor is the person or their manager chain
 * (a peer's access would reveal who gave feedback that may be anonymous).
 */
function aboutSubjectOnly(record: AuditRecord, subjectId: string, mayBeNamed: ReadonlySet<string>): AuditRecord {
  const entries = record.entries.filter((e) => e.subjectId === subjectId);
  const touchesPeerFeedback = entries.some((e) => e.kind === 'peer-response');
  const actorId = touchesPeerFeedback && !mayBeNamed.has(record.actorId) ? REDACTED_REVIEWER : record.actorId;
  return { ...record, actorId, subjectIds: [subjectId], entries };
}

/** HR: who read or changed anything about this person, newest first. Reading it is audited too. */
export async function getAuditTrail(deps: PerformanceDeps, ctx: RequestContext, subjectId: string): Promise<Result<{ items: AuditRecord[] }, PerformanceErrorCode>> {
  return guarded(deps, ctx, 'audit.get-trail', async (guard) => {
    const subject = await guard.subject(subjectId);
    if (!subject) return notFound('That person');
    const allowed = await guard.require('read', 'audit-trail', { id: `audit.${subjectId}`, tenantId: ctx.actor.tenantId, subjectId });
    if (!allowed.ok) return allowed;
    const records = await deps.audit.listForSubject(ctx.actor.tenantId, subjectId, deps.clock.now(), AUDIT_TRAIL_MONTHS);
    return ok({ items: records.map((r) => aboutSubjectOnly(r, subject.id, new Set([subject.id, ...subject.managerChain]))) });
  });
}
